/**
 * Three realistic API designs, drawn the way an architect would, for golden tests of the threat
 * rules and as examples in reviews: an API gateway in front of services, a webhook consumer, and
 * an internal admin API. Ids and timestamps are fixed so generated threats are reproducible.
 */
import {
  createDataFlow,
  createDataStore,
  createExternalEntity,
  createModel,
  createProcess,
  createTrustBoundary,
} from '../../shared/model/factories';
import type { Element, ThreatModel } from '../../shared/model/types';

function modelOf(id: string, title: string, summary: string, elements: Element[]): ThreatModel {
  const model = createModel({
    id,
    title,
    owner: 'Platform security',
    now: new Date('2026-02-02T09:00:00Z'),
  });
  model.summary = summary;
  model.diagrams[0]!.id = 'dgm_main';
  model.diagrams[0]!.elements = elements;
  return model;
}

const oauth = (scope: string) => [{ schemes: ['oauth'], scopes: [scope] }];

/** A shop's public API: a gateway in the DMZ in front of order and catalog services. */
export function gatewayModel(): ThreatModel {
  return modelOf(
    'tm_shop_gateway',
    'Shop API behind a gateway',
    'Mobile and partner traffic through one gateway to the order and catalog services.',
    [
      createTrustBoundary({ id: 'zone_dmz', name: 'DMZ', properties: { trustLevel: 30 } }),
      createTrustBoundary({
        id: 'zone_services',
        name: 'Service network',
        properties: { trustLevel: 60 },
      }),
      createTrustBoundary({ id: 'zone_data', name: 'Data tier', properties: { trustLevel: 90 } }),
      createExternalEntity({
        id: 'ent_customer',
        name: 'Mobile app customer',
        properties: { entityKind: 'person', trust: 'authenticated', authenticatesItself: true },
      }),
      createExternalEntity({
        id: 'ent_reseller',
        name: 'Reseller platform',
        properties: {
          entityKind: 'thirdPartyService',
          trust: 'partner',
          authenticatesItself: true,
        },
      }),
      createExternalEntity({
        id: 'ent_psp',
        name: 'Payment provider',
        properties: {
          entityKind: 'thirdPartyService',
          trust: 'partner',
          authenticatesItself: true,
        },
      }),
      createProcess({
        id: 'proc_gateway',
        name: 'API gateway',
        boundaryId: 'zone_dmz',
        properties: {
          exposure: 'internet',
          authentication: 'oauth2',
          authorization: 'role',
          rateLimited: true,
          validatesInput: true,
          writesAuditLog: true,
          technology: 'gateway',
          servers: [
            { url: 'https://api.shop.example', environment: 'production' },
            { url: 'https://api.staging.shop.example', environment: 'staging' },
          ],
        },
      }),
      createProcess({
        id: 'proc_orders',
        name: 'Orders service',
        boundaryId: 'zone_services',
        properties: {
          exposure: 'internal',
          authentication: 'bearer',
          authorization: 'role',
          rateLimited: false,
          validatesInput: true,
          businessCritical: true,
          technology: 'service',
          operations: [
            {
              id: 'op_list_orders',
              method: 'get',
              path: '/v2/orders',
              parameters: [{ name: 'limit', in: 'query', type: 'integer' }],
              security: oauth('orders:read'),
            },
            {
              id: 'op_get_order',
              method: 'get',
              path: '/v2/orders/{orderId}',
              parameters: [{ name: 'orderId', in: 'path', required: true }],
              security: oauth('orders:read'),
              responseFields: [{ path: 'id' }, { path: 'customer.email' }, { path: 'total' }],
            },
            {
              id: 'op_create_order',
              method: 'post',
              path: '/v2/orders',
              security: oauth('orders:write'),
              requestFields: [
                { path: 'items[].sku' },
                { path: 'items[].quantity' },
                { path: 'price' },
                { path: 'couponCode' },
              ],
            },
            {
              id: 'op_cancel_order',
              method: 'delete',
              path: '/v2/orders/{orderId}',
              security: oauth('orders:write'),
            },
            {
              id: 'op_get_order_v1',
              method: 'get',
              path: '/v1/orders/{orderId}',
              security: oauth('orders:read'),
              deprecated: true,
            },
          ],
        },
      }),
      createProcess({
        id: 'proc_catalog',
        name: 'Catalog service',
        boundaryId: 'zone_services',
        properties: {
          exposure: 'internal',
          authentication: 'none',
          authorization: 'none',
          rateLimited: false,
          validatesInput: true,
          technology: 'service',
          operations: [
            {
              id: 'op_list_products',
              method: 'get',
              path: '/v2/products',
              security: [],
              parameters: [{ name: 'pageSize', in: 'query', type: 'integer', maximum: 100 }],
            },
            { id: 'op_get_product', method: 'get', path: '/v2/products/{sku}', security: [] },
          ],
        },
      }),
      createProcess({
        id: 'proc_notifier',
        name: 'Notification worker',
        boundaryId: 'zone_services',
        properties: {
          exposure: 'internal',
          authentication: 'mtls',
          authorization: 'role',
          rateLimited: true,
          validatesInput: true,
          technology: 'worker',
        },
      }),
      createExternalEntity({
        id: 'ent_sms',
        name: 'SMS provider',
        properties: {
          entityKind: 'thirdPartyService',
          trust: 'partner',
          authenticatesItself: true,
        },
      }),
      createDataStore({
        id: 'store_orders',
        name: 'Orders database',
        boundaryId: 'zone_data',
        properties: { storeKind: 'sql', holdsPii: true, encryptedAtRest: true, backedUp: true },
      }),
      createDataStore({
        id: 'store_catalog_cache',
        name: 'Catalog cache',
        boundaryId: 'zone_services',
        properties: { storeKind: 'cache' },
      }),
      createDataStore({
        id: 'store_events',
        name: 'Order events',
        boundaryId: 'zone_services',
        properties: { storeKind: 'queue', backedUp: false },
      }),
      createDataStore({
        id: 'store_audit',
        name: 'Audit log',
        boundaryId: 'zone_data',
        properties: { storeKind: 'log', isAuditLog: true, encryptedAtRest: true, backedUp: true },
      }),
      createDataFlow('ent_customer', 'proc_gateway', {
        id: 'flow_customer_gateway',
        name: 'App API calls',
        properties: {
          protocol: 'HTTPS',
          dataClassification: 'confidential',
          dataTags: ['credentials', 'pii'],
        },
      }),
      createDataFlow('ent_reseller', 'proc_gateway', {
        id: 'flow_reseller_gateway',
        name: 'Reseller orders',
        properties: { protocol: 'HTTPS', dataClassification: 'confidential', dataTags: ['pii'] },
      }),
      createDataFlow('proc_gateway', 'proc_orders', {
        id: 'flow_gateway_orders',
        name: 'Order requests',
        properties: {
          protocol: 'HTTP',
          dataClassification: 'confidential',
          dataTags: ['pii', 'credentials'],
        },
      }),
      createDataFlow('proc_gateway', 'proc_catalog', {
        id: 'flow_gateway_catalog',
        name: 'Catalog requests',
        properties: { protocol: 'gRPC', dataClassification: 'public' },
      }),
      createDataFlow('proc_orders', 'store_orders', {
        id: 'flow_orders_db',
        name: 'Order records',
        properties: { protocol: 'SQL-TLS', dataClassification: 'confidential', dataTags: ['pii'] },
      }),
      createDataFlow('proc_catalog', 'store_catalog_cache', {
        id: 'flow_catalog_cache',
        name: 'Cached products',
        properties: { protocol: 'TCP', dataClassification: 'public' },
      }),
      createDataFlow('proc_orders', 'store_events', {
        id: 'flow_orders_events',
        name: 'Order placed events',
        properties: { protocol: 'AMQPS', dataTags: ['pii'] },
      }),
      createDataFlow('store_events', 'proc_notifier', {
        id: 'flow_events_notifier',
        name: 'Events to notify',
        properties: { protocol: 'AMQPS', dataTags: ['pii'] },
      }),
      createDataFlow('proc_notifier', 'ent_sms', {
        id: 'flow_notifier_sms',
        name: 'Order SMS',
        properties: { protocol: 'HTTPS', dataTags: ['pii'] },
      }),
      createDataFlow('proc_orders', 'ent_psp', {
        id: 'flow_orders_psp',
        name: 'Payment requests',
        properties: { protocol: 'HTTPS', dataClassification: 'restricted', dataTags: ['payment'] },
      }),
      createDataFlow('ent_psp', 'proc_orders', {
        id: 'flow_psp_orders',
        name: 'Payment results',
        properties: { protocol: 'HTTPS', dataTags: ['payment'] },
      }),
      createDataFlow('proc_gateway', 'store_audit', {
        id: 'flow_gateway_audit',
        name: 'Access log entries',
        properties: { protocol: 'HTTPS', dataTags: ['pii'] },
      }),
    ],
  );
}

/** A service that receives payment webhooks and fulfils orders asynchronously. */
export function webhookModel(): ThreatModel {
  return modelOf(
    'tm_webhooks',
    'Payment webhook consumer',
    'Receives payment provider webhooks, queues them, and fulfils orders through a shipping partner.',
    [
      createTrustBoundary({ id: 'zone_edge', name: 'Edge', properties: { trustLevel: 30 } }),
      createTrustBoundary({
        id: 'zone_core',
        name: 'Core network',
        properties: { trustLevel: 70 },
      }),
      createExternalEntity({
        id: 'ent_provider',
        name: 'Payment provider',
        properties: {
          entityKind: 'thirdPartyService',
          trust: 'partner',
          authenticatesItself: false,
        },
      }),
      createExternalEntity({
        id: 'ent_shipping',
        name: 'Shipping partner API',
        properties: {
          entityKind: 'thirdPartyService',
          trust: 'partner',
          authenticatesItself: true,
        },
      }),
      createProcess({
        id: 'proc_receiver',
        name: 'Webhook receiver',
        boundaryId: 'zone_edge',
        properties: {
          exposure: 'internet',
          authentication: 'none',
          authorization: 'none',
          rateLimited: false,
          validatesInput: true,
          technology: 'function',
          servers: [{ url: 'https://hooks.shop.example', environment: 'production' }],
          operations: [
            {
              id: 'op_payment_event',
              method: 'post',
              path: '/webhooks/payments',
              security: [],
              requestFields: [
                { path: 'type' },
                { path: 'data.object.id' },
                { path: 'data.object.amount', type: 'integer' },
                { path: 'data.object.receipt_url', format: 'uri' },
              ],
            },
          ],
        },
      }),
      createDataStore({
        id: 'store_inbox',
        name: 'Webhook inbox queue',
        boundaryId: 'zone_core',
        properties: { storeKind: 'queue' },
      }),
      createProcess({
        id: 'proc_fulfilment',
        name: 'Fulfilment worker',
        boundaryId: 'zone_core',
        properties: {
          exposure: 'internal',
          authentication: 'mtls',
          authorization: 'role',
          rateLimited: false,
          validatesInput: false,
          businessCritical: true,
          writesAuditLog: true,
          technology: 'worker',
        },
      }),
      createDataStore({
        id: 'store_orders',
        name: 'Orders database',
        boundaryId: 'zone_core',
        properties: { storeKind: 'sql', holdsPii: true, encryptedAtRest: false, backedUp: true },
      }),
      createDataFlow('ent_provider', 'proc_receiver', {
        id: 'flow_provider_receiver',
        name: 'Payment webhooks',
        properties: {
          protocol: 'HTTPS',
          dataClassification: 'confidential',
          dataTags: ['payment'],
        },
      }),
      createDataFlow('proc_receiver', 'store_inbox', {
        id: 'flow_receiver_inbox',
        name: 'Queued events',
        properties: { protocol: 'AMQP', dataClassification: 'confidential', dataTags: ['payment'] },
      }),
      createDataFlow('store_inbox', 'proc_fulfilment', {
        id: 'flow_inbox_fulfilment',
        name: 'Events to fulfil',
        properties: { protocol: 'AMQP', dataTags: ['payment'] },
      }),
      createDataFlow('proc_fulfilment', 'store_orders', {
        id: 'flow_fulfilment_orders',
        name: 'Order updates',
        properties: { protocol: 'SQL', dataTags: ['pii'] },
      }),
      createDataFlow('proc_fulfilment', 'ent_shipping', {
        id: 'flow_fulfilment_shipping',
        name: 'Shipment requests',
        properties: { protocol: 'HTTPS', dataTags: ['pii'] },
      }),
      createDataFlow('ent_shipping', 'proc_fulfilment', {
        id: 'flow_shipping_fulfilment',
        name: 'Tracking updates',
        properties: { protocol: 'HTTPS' },
      }),
    ],
  );
}

/** A back-office admin API used by staff over the corporate network. */
export function adminModel(): ThreatModel {
  return modelOf(
    'tm_admin',
    'Back-office admin API',
    'Staff manage customer accounts, run exports and impersonate users for support.',
    [
      createTrustBoundary({
        id: 'zone_office',
        name: 'Corporate network',
        properties: { trustLevel: 40 },
      }),
      createTrustBoundary({
        id: 'zone_admin',
        name: 'Admin services',
        properties: { trustLevel: 60 },
      }),
      createTrustBoundary({
        id: 'zone_data',
        name: 'Customer data',
        properties: { trustLevel: 90 },
      }),
      createExternalEntity({
        id: 'ent_admin',
        name: 'Administrator',
        boundaryId: 'zone_office',
        properties: { entityKind: 'person', trust: 'administrator', authenticatesItself: true },
      }),
      createExternalEntity({
        id: 'ent_support',
        name: 'Support agent',
        boundaryId: 'zone_office',
        properties: { entityKind: 'person', trust: 'authenticated', authenticatesItself: true },
      }),
      createExternalEntity({
        id: 'ent_idp',
        name: 'Corporate identity provider',
        properties: {
          entityKind: 'thirdPartyService',
          trust: 'partner',
          authenticatesItself: true,
        },
      }),
      createProcess({
        id: 'proc_admin_api',
        name: 'Admin API',
        boundaryId: 'zone_admin',
        properties: {
          exposure: 'internal',
          authentication: 'session',
          authorization: 'role',
          rateLimited: false,
          validatesInput: false,
          runsPrivileged: true,
          writesAuditLog: true,
          technology: 'service',
          servers: [
            { url: 'https://admin.corp.example', environment: 'production' },
            { url: 'http://admin-staging.corp.example', environment: 'staging' },
          ],
          operations: [
            {
              id: 'op_list_users',
              method: 'get',
              path: '/admin/users',
              parameters: [{ name: 'limit', in: 'query', type: 'integer' }],
              security: [{ schemes: ['session'], scopes: ['users:read'] }],
            },
            {
              id: 'op_get_user',
              method: 'get',
              path: '/admin/users/{userId}',
              security: [{ schemes: ['session'], scopes: ['users:read'] }],
              responseFields: [{ path: 'email' }, { path: 'passwordHash' }, { path: 'roles[]' }],
            },
            {
              id: 'op_update_user',
              method: 'patch',
              path: '/admin/users/{userId}',
              security: [{ schemes: ['session'], scopes: ['users:write'] }],
              requestFields: [{ path: 'email' }, { path: 'roles[]' }, { path: 'displayName' }],
            },
            {
              id: 'op_delete_user',
              method: 'delete',
              path: '/admin/users/{userId}',
              security: [{ schemes: ['session'], scopes: ['users:write'] }],
            },
            {
              id: 'op_impersonate',
              method: 'post',
              path: '/admin/users/{userId}/impersonate',
              security: [{ schemes: ['session'], scopes: ['support'] }],
            },
            {
              id: 'op_export',
              method: 'post',
              path: '/admin/exports',
              security: [{ schemes: ['session'], scopes: ['users:read'] }],
              requestFields: [{ path: 'query' }, { path: 'callbackUrl', format: 'uri' }],
            },
            {
              id: 'op_debug_config',
              method: 'get',
              path: '/admin/debug/config',
              security: [{ schemes: ['session'], scopes: ['ops'] }],
              deprecated: true,
            },
          ],
        },
      }),
      createDataStore({
        id: 'store_users',
        name: 'User accounts',
        boundaryId: 'zone_data',
        properties: {
          storeKind: 'sql',
          holdsCredentials: true,
          holdsPii: true,
          encryptedAtRest: false,
          backedUp: true,
        },
      }),
      createDataStore({
        id: 'store_admin_audit',
        name: 'Admin audit trail',
        boundaryId: 'zone_data',
        properties: { storeKind: 'log', isAuditLog: true, encryptedAtRest: true, backedUp: true },
      }),
      createDataFlow('ent_admin', 'proc_admin_api', {
        id: 'flow_admin_api',
        name: 'Admin console requests',
        properties: {
          protocol: 'HTTPS',
          dataClassification: 'restricted',
          dataTags: ['credentials', 'pii'],
        },
      }),
      createDataFlow('ent_support', 'proc_admin_api', {
        id: 'flow_support_api',
        name: 'Support console requests',
        properties: { protocol: 'HTTPS', dataClassification: 'confidential', dataTags: ['pii'] },
      }),
      createDataFlow('proc_admin_api', 'ent_idp', {
        id: 'flow_api_idp',
        name: 'Session validation',
        properties: { protocol: 'HTTPS', dataTags: ['credentials'] },
      }),
      createDataFlow('proc_admin_api', 'store_users', {
        id: 'flow_api_users',
        name: 'Account queries',
        properties: {
          protocol: 'SQL',
          dataClassification: 'restricted',
          dataTags: ['pii', 'credentials'],
        },
      }),
      createDataFlow('proc_admin_api', 'store_admin_audit', {
        id: 'flow_api_audit',
        name: 'Audit entries',
        properties: { protocol: 'HTTPS', dataTags: ['pii'] },
      }),
    ],
  );
}

export const REALISTIC_MODELS = { gateway: gatewayModel, webhook: webhookModel, admin: adminModel };
