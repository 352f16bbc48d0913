/** The typed properties of each kind of element, as DESIGN.md lists them. */
import { PROTOCOL_CHOICES } from '../../../shared/model/protocols';
import type {
  DataFlowElement,
  DataStoreElement,
  Element,
  ExternalEntityElement,
  ProcessElement,
  TrustBoundaryElement,
} from '../../../shared/model/types';
import {
  AUTHENTICATIONS,
  AUTHORIZATIONS,
  DATA_CLASSIFICATIONS,
  DATA_TAGS,
  ENTITY_KINDS,
  ENTITY_TRUSTS,
  EXPOSURES,
  STORE_KINDS,
  TECHNOLOGIES,
  labelOf,
} from '../../../shared/model/vocabulary';
import { useAppStore } from '../../store/appStore';
import { selectActiveDiagram } from '../../store/selectors';
import { CheckField, NumberField, Section, SelectField, TextField } from './fields';

type Patch = Record<string, unknown>;

function useSetProperties(id: string): (patch: Patch) => void {
  return (patch) => useAppStore.getState().updateProperties(id, patch);
}

function ProcessProperties({ element }: { element: ProcessElement }) {
  const set = useSetProperties(element.id);
  const p = element.properties;
  return (
    <Section title="Process">
      <SelectField
        label="Technology"
        value={p.technology}
        options={TECHNOLOGIES}
        onChange={(technology) => set({ technology })}
      />
      <SelectField
        label="Exposure"
        value={p.exposure}
        options={EXPOSURES}
        onChange={(exposure) => set({ exposure })}
      />
      <SelectField
        label="Authentication"
        value={p.authentication}
        options={AUTHENTICATIONS}
        onChange={(authentication) => set({ authentication })}
      />
      <SelectField
        label="Authorization"
        value={p.authorization}
        options={AUTHORIZATIONS}
        onChange={(authorization) => set({ authorization })}
      />
      <CheckField
        label="Rate limited"
        value={p.rateLimited}
        onChange={(rateLimited) => set({ rateLimited })}
      />
      <CheckField
        label="Validates input"
        value={p.validatesInput}
        onChange={(validatesInput) => set({ validatesInput })}
      />
      <CheckField
        label="Runs privileged"
        value={p.runsPrivileged}
        onChange={(runsPrivileged) => set({ runsPrivileged })}
      />
      <CheckField
        label="Business critical"
        value={p.businessCritical}
        hint="Handles payments or other business-critical flows."
        onChange={(businessCritical) => set({ businessCritical })}
      />
      <CheckField
        label="Writes audit log"
        value={p.writesAuditLog}
        onChange={(writesAuditLog) => set({ writesAuditLog })}
      />
      {p.operations.length > 0 && (
        <details className="inspector__operations">
          <summary>API operations ({p.operations.length})</summary>
          <ul>
            {p.operations.slice(0, 200).map((operation) => (
              <li key={operation.id}>
                <code>
                  {operation.method.toUpperCase()} {operation.path}
                </code>
                {operation.deprecated ? ' (deprecated)' : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Section>
  );
}

type Override = 'protocol' | 'yes' | 'no';
const OVERRIDES: ReadonlyArray<{ value: Override; label: string }> = [
  { value: 'protocol', label: 'From the protocol' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const toOverride = (value: boolean | null): Override =>
  value === null ? 'protocol' : value ? 'yes' : 'no';
const fromOverride = (value: Override): boolean | null =>
  value === 'protocol' ? null : value === 'yes';

function FlowProperties({ element }: { element: DataFlowElement }) {
  const set = useSetProperties(element.id);
  const diagram = useAppStore(selectActiveDiagram);
  const p = element.properties;
  const boxes = diagram.elements
    .filter((candidate) => candidate.kind !== 'dataFlow' && candidate.kind !== 'trustBoundary')
    .map((box) => ({ value: box.id, label: `${box.name || '(unnamed)'} — ${labelOf(box.kind)}` }));
  const withMissing = (id: string) =>
    boxes.some((box) => box.value === id)
      ? boxes
      : [{ value: id, label: `${id} (missing)` }, ...boxes];
  const setEnds = (ends: { sourceId?: string; targetId?: string }) =>
    useAppStore.getState().setFlowEnds(element.id, ends);
  const toggleTag = (tag: (typeof DATA_TAGS)[number], on: boolean) =>
    set({ dataTags: on ? [...p.dataTags, tag] : p.dataTags.filter((t) => t !== tag) });

  return (
    <Section title="Data flow">
      <SelectField
        label="Source"
        value={element.sourceId}
        options={withMissing(element.sourceId)}
        onChange={(sourceId) => setEnds({ sourceId })}
      />
      <SelectField
        label="Target"
        value={element.targetId}
        options={withMissing(element.targetId)}
        onChange={(targetId) => setEnds({ targetId })}
      />
      <TextField
        label="Protocol"
        value={p.protocol}
        list="protocol-choices"
        hint="HTTPS, gRPC, SQL…; it decides the encryption default."
        onChange={(protocol) => set({ protocol })}
      />
      <datalist id="protocol-choices">
        {PROTOCOL_CHOICES.map((choice) => (
          <option key={choice} value={choice} />
        ))}
      </datalist>
      <SelectField
        label="Encrypted"
        value={toOverride(p.encrypted)}
        options={OVERRIDES}
        onChange={(value) => set({ encrypted: fromOverride(value) })}
      />
      <SelectField
        label="Authenticated"
        value={toOverride(p.authenticated)}
        options={OVERRIDES}
        onChange={(value) => set({ authenticated: fromOverride(value) })}
      />
      <SelectField
        label="Data classification"
        value={p.dataClassification}
        options={DATA_CLASSIFICATIONS}
        onChange={(dataClassification) => set({ dataClassification })}
      />
      <fieldset className="field-group">
        <legend>Data tags</legend>
        {DATA_TAGS.map((tag) => (
          <CheckField
            key={tag}
            label={labelOf(tag)}
            value={p.dataTags.includes(tag)}
            onChange={(on) => toggleTag(tag, on)}
          />
        ))}
      </fieldset>
      <CheckField
        label="Bidirectional"
        value={p.bidirectional}
        onChange={(bidirectional) => set({ bidirectional })}
      />
    </Section>
  );
}

function StoreProperties({ element }: { element: DataStoreElement }) {
  const set = useSetProperties(element.id);
  const p = element.properties;
  return (
    <Section title="Data store">
      <SelectField
        label="Store kind"
        value={p.storeKind}
        options={STORE_KINDS}
        onChange={(storeKind) => set({ storeKind })}
      />
      <CheckField
        label="Encrypted at rest"
        value={p.encryptedAtRest}
        onChange={(encryptedAtRest) => set({ encryptedAtRest })}
      />
      <CheckField
        label="Holds credentials"
        value={p.holdsCredentials}
        onChange={(holdsCredentials) => set({ holdsCredentials })}
      />
      <CheckField label="Holds PII" value={p.holdsPii} onChange={(holdsPii) => set({ holdsPii })} />
      <CheckField
        label="Is an audit log"
        value={p.isAuditLog}
        onChange={(isAuditLog) => set({ isAuditLog })}
      />
      <CheckField label="Backed up" value={p.backedUp} onChange={(backedUp) => set({ backedUp })} />
    </Section>
  );
}

function EntityProperties({ element }: { element: ExternalEntityElement }) {
  const set = useSetProperties(element.id);
  const p = element.properties;
  return (
    <Section title="External entity">
      <SelectField
        label="Entity kind"
        value={p.entityKind}
        options={ENTITY_KINDS}
        onChange={(entityKind) => set({ entityKind })}
      />
      <SelectField
        label="Trust"
        value={p.trust}
        options={ENTITY_TRUSTS}
        onChange={(trust) => set({ trust })}
      />
      <CheckField
        label="Authenticates itself"
        value={p.authenticatesItself}
        onChange={(authenticatesItself) => set({ authenticatesItself })}
      />
    </Section>
  );
}

function BoundaryProperties({ element }: { element: TrustBoundaryElement }) {
  const set = useSetProperties(element.id);
  return (
    <Section title="Trust boundary">
      <NumberField
        label="Trust level"
        min={0}
        max={100}
        value={element.properties.trustLevel}
        hint="0 is the open internet, 100 the most restricted zone."
        onChange={(trustLevel) => set({ trustLevel })}
      />
    </Section>
  );
}

export function KindProperties({ element }: { element: Element }) {
  switch (element.kind) {
    case 'process':
      return <ProcessProperties element={element} />;
    case 'dataFlow':
      return <FlowProperties element={element} />;
    case 'dataStore':
      return <StoreProperties element={element} />;
    case 'externalEntity':
      return <EntityProperties element={element} />;
    case 'trustBoundary':
      return <BoundaryProperties element={element} />;
  }
}
