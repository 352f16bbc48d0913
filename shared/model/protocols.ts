/**
 * What a protocol implies when a flow does not say otherwise. A flow's `encrypted` and
 * `authenticated` are null until someone overrides them; these defaults fill the gap, so an HTTPS
 * flow counts as encrypted without anyone ticking a box.
 */
import type { DataFlowElement } from './types';

interface ProtocolTraits {
  /** The name shown in the inspector and on edge labels. */
  label: string;
  encrypted: boolean;
  authenticated: boolean;
}

/** Known protocols, keyed by their lower-case name. */
export const PROTOCOLS: Readonly<Record<string, ProtocolTraits>> = {
  https: { label: 'HTTPS', encrypted: true, authenticated: false },
  http: { label: 'HTTP', encrypted: false, authenticated: false },
  grpc: { label: 'gRPC', encrypted: true, authenticated: false },
  'grpc-plaintext': { label: 'gRPC-plaintext', encrypted: false, authenticated: false },
  wss: { label: 'WSS', encrypted: true, authenticated: false },
  websocket: { label: 'WebSocket', encrypted: false, authenticated: false },
  ws: { label: 'WS', encrypted: false, authenticated: false },
  amqps: { label: 'AMQPS', encrypted: true, authenticated: true },
  amqp: { label: 'AMQP', encrypted: false, authenticated: true },
  kafka: { label: 'Kafka', encrypted: false, authenticated: false },
  'kafka-tls': { label: 'Kafka-TLS', encrypted: true, authenticated: true },
  mqtt: { label: 'MQTT', encrypted: false, authenticated: false },
  mqtts: { label: 'MQTTS', encrypted: true, authenticated: true },
  sql: { label: 'SQL', encrypted: false, authenticated: true },
  'sql-tls': { label: 'SQL-TLS', encrypted: true, authenticated: true },
  tls: { label: 'TLS', encrypted: true, authenticated: false },
  mtls: { label: 'mTLS', encrypted: true, authenticated: true },
  tcp: { label: 'TCP', encrypted: false, authenticated: false },
  udp: { label: 'UDP', encrypted: false, authenticated: false },
  smtp: { label: 'SMTP', encrypted: false, authenticated: false },
  smtps: { label: 'SMTPS', encrypted: true, authenticated: true },
  sftp: { label: 'SFTP', encrypted: true, authenticated: true },
  ftp: { label: 'FTP', encrypted: false, authenticated: true },
  ssh: { label: 'SSH', encrypted: true, authenticated: true },
  ipc: { label: 'IPC', encrypted: false, authenticated: false },
  'in-process': { label: 'In-process', encrypted: false, authenticated: false },
};

/** The protocol names offered in the inspector, in the order people reach for them. */
export const PROTOCOL_CHOICES: readonly string[] = Object.values(PROTOCOLS).map((p) => p.label);

function traitsOf(protocol: string): ProtocolTraits | undefined {
  return PROTOCOLS[protocol.trim().toLowerCase()];
}

/** Whether the flow is encrypted in transit: its own setting, else what its protocol implies. */
export function isFlowEncrypted(flow: DataFlowElement): boolean {
  return flow.properties.encrypted ?? traitsOf(flow.properties.protocol)?.encrypted ?? false;
}

/** Whether the flow authenticates its sender: its own setting, else what its protocol implies. */
export function isFlowAuthenticated(flow: DataFlowElement): boolean {
  return (
    flow.properties.authenticated ?? traitsOf(flow.properties.protocol)?.authenticated ?? false
  );
}

/** The canonical spelling of a protocol name, or the input trimmed when we do not know it. */
export function normalizeProtocol(protocol: string): string {
  return traitsOf(protocol)?.label ?? protocol.trim();
}
