/**
 * The OWASP API Security Top 10 (2023), all ten categories, triggered by the properties of
 * processes and flows and by the API operations a process exposes. Per-operation rules produce one
 * threat per matching operation, named by method and path.
 */
import type { RulePackInput } from '../ruleSchema';

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];

/** Words in a third party's name that suggest it bills per call. */
const PAID_SERVICE_WORDS = [
  'sms',
  'e-mail',
  'email',
  'mail',
  'messag',
  'push',
  'geocod',
  'maps',
  'openai',
  'llm',
  'gpt',
  'translat',
  'kyc',
  'verification',
];

export const apiPack: RulePackInput = {
  id: 'api',
  name: 'OWASP API Security Top 10 (2023)',
  description:
    'Broken object, property and function level authorization, broken authentication, resource consumption, business flows, SSRF, misconfiguration, inventory and unsafe consumption of APIs.',
  rules: [
    // ------------------------------------------------------------------ API1 BOLA
    {
      id: 'api.bola.operation',
      category: 'E',
      appliesTo: ['process'],
      perOperation: true,
      condition: {
        all: [
          { fact: 'idPathParameter', of: 'operation' },
          { prop: 'authorization', ne: 'objectLevel' },
          { not: { fact: 'adminPath', of: 'operation' } },
        ],
      },
      title:
        '{operation} on {element} acts on the object named by {operation.idParameters} without checking it belongs to the caller',
      description:
        "{operation} takes an object identifier ({operation.idParameters}) from the request, and {element} has no object-level authorization. A caller who changes the identifier reads or changes another user's object.",
      likelihood: 4,
      impact: 4,
      adjust: [
        { when: { prop: 'method', of: 'operation', in: ['put', 'patch', 'delete'] }, impact: 5 },
        { when: { fact: 'publicOperation', of: 'operation' }, likelihood: 5 },
      ],
      mitigations: [
        {
          title: 'Object-level authorization checks',
          description:
            'For every operation that takes an object id, check in the data layer that the caller owns or may access that object; prefer random, unguessable ids, but never rely on them.',
          effort: 'M',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['API1:2023', 'CWE-639', 'CWE-285', 'ASVS V4.2.1'],
    },
    {
      id: 'api.bola.process',
      category: 'E',
      appliesTo: ['process'],
      condition: {
        all: [
          { prop: 'hasOperations', eq: false },
          { prop: 'authorization', ne: 'objectLevel' },
          { prop: 'technology', notIn: ['gateway', 'worker', 'ui'] },
          { incoming: { kind: 'externalEntity', of: 'source' } },
        ],
      },
      title: "{element} may return or change other users' objects when given their ids",
      description:
        "{element} serves external callers without object-level authorization. If any of its operations take an object id, a caller can swap it for someone else's. Record its operations so each one can be checked.",
      likelihood: 3,
      impact: 4,
      mitigations: [
        {
          title: 'Object-level authorization checks',
          description:
            'For every operation that takes an object id, check in the data layer that the caller owns or may access that object; prefer random, unguessable ids, but never rely on them.',
          effort: 'M',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['API1:2023', 'CWE-639', 'ASVS V4.2.1'],
    },

    // ------------------------------------------------------------------ API2 Broken authentication
    {
      id: 'api.auth.public-write',
      category: 'S',
      appliesTo: ['process'],
      perOperation: true,
      condition: {
        all: [
          { fact: 'publicOperation', of: 'operation' },
          { prop: 'method', of: 'operation', in: WRITE_METHODS },
          { not: { fact: 'authPath', of: 'operation' } },
        ],
      },
      title: '{operation} on {element} changes data without any authentication',
      description:
        '{operation} declares no security requirement, so anyone can call it. A state-changing operation open to anonymous callers is either a mistake in the specification or a function attackers will automate.',
      likelihood: 4,
      impact: 4,
      adjust: [{ when: { prop: 'exposure', eq: 'internet' }, likelihood: 5 }],
      mitigations: [
        {
          title: 'Declare and enforce security on every operation',
          description:
            'Give every operation an explicit security requirement, make the build fail on operations without one, and keep the intentionally public ones on a reviewed list.',
          effort: 'S',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['API2:2023', 'CWE-306', 'ASVS V4.1.1'],
    },
    {
      id: 'api.auth.brute-force',
      category: 'S',
      appliesTo: ['process'],
      perOperation: true,
      condition: {
        all: [
          { fact: 'authPath', of: 'operation' },
          { prop: 'rateLimited', eq: false },
        ],
      },
      title: '{operation} on {element} lets attackers try passwords, codes or tokens without limit',
      description:
        '{operation} is an authentication endpoint and {element} has no rate limit. Credential stuffing, password spraying and one-time-code guessing run at full speed against it.',
      likelihood: 4,
      impact: 4,
      adjust: [{ when: { prop: 'exposure', eq: 'internet' }, likelihood: 5 }],
      mitigations: [
        {
          title: 'Anti-automation on authentication endpoints',
          description:
            'Limit attempts per account and per source, add increasing delays and lockout notifications, check passwords against breached lists, and offer multi-factor authentication.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API2:2023', 'CWE-307', 'CAPEC-49', 'CAPEC-600', 'OAT-008', 'ASVS V2.2.1'],
    },
    {
      id: 'api.auth.key-in-query',
      category: 'S',
      appliesTo: ['process'],
      condition: { prop: 'apiKeyInQuery', eq: true },
      title:
        '{element} accepts API keys in the query string, where logs and browser history keep them',
      description:
        'An API key of {element} passed as a query parameter is written to access logs, proxy logs, analytics and browser history, from which anyone who reads them can reuse it.',
      likelihood: 3,
      impact: 4,
      mitigations: [
        {
          title: 'Credentials in headers only',
          description:
            'Accept API keys and tokens only in the Authorization header, reject them in URLs, and rotate keys that have been sent in query strings.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API2:2023', 'CWE-598', 'ASVS V13.1.3'],
    },
    {
      id: 'api.auth.token-validation',
      category: 'S',
      appliesTo: ['process'],
      condition: {
        all: [
          { prop: 'authentication', in: ['bearer', 'oauth2'] },
          { prop: 'exposure', in: ['internet', 'partner'] },
        ],
      },
      title:
        '{element} may accept tokens it should reject (wrong signature, issuer, audience or expiry)',
      description:
        'Bearer tokens reaching {element} from outside are only as strong as their validation: an unchecked algorithm ("none"), issuer or audience lets an attacker present a token minted for another service or by themselves.',
      likelihood: 3,
      impact: 5,
      mitigations: [
        {
          title: 'Strict token validation in one library',
          description:
            'Validate signature with a fixed algorithm list, issuer, audience, expiry and not-before in one shared library, and test it with forged and expired tokens.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API2:2023', 'CWE-347', 'CWE-287', 'ASVS V3.5.3'],
    },

    // ------------------------------------------------------------------ API3 BOPLA
    {
      id: 'api.bopla.sensitive-response',
      category: 'I',
      appliesTo: ['process'],
      perOperation: true,
      condition: { fact: 'sensitiveResponseFields', of: 'operation' },
      title:
        '{operation} on {element} returns sensitive properties ({operation.sensitiveResponseFields})',
      description:
        'The response of {operation} contains {operation.sensitiveResponseFields}. Unless {element} filters properties per caller, every caller receives them, whether or not the client shows them.',
      likelihood: 3,
      impact: 4,
      adjust: [{ when: { fact: 'publicOperation', of: 'operation' }, likelihood: 4 }],
      mitigations: [
        {
          title: 'Explicit response schemas per caller',
          description:
            'Return only the properties each caller may see, from explicit response models, instead of serialising stored objects; test that sensitive properties are absent.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API3:2023', 'CWE-213', 'ASVS V8.3.4'],
    },
    {
      id: 'api.bopla.mass-assignment',
      category: 'T',
      appliesTo: ['process'],
      perOperation: true,
      condition: {
        all: [
          { prop: 'method', of: 'operation', in: ['post', 'put', 'patch'] },
          { fact: 'privilegedRequestFields', of: 'operation' },
        ],
      },
      title:
        '{operation} on {element} lets callers set privileged properties ({operation.privilegedRequestFields})',
      description:
        'The request body of {operation} carries {operation.privilegedRequestFields}. If {element} binds the body to its stored object, a caller can grant themselves a role, change ownership or set a price.',
      likelihood: 4,
      impact: 4,
      mitigations: [
        {
          title: 'Allow-list the writable properties',
          description:
            'Bind requests to input models that contain only the properties the caller may change; mark the rest read-only in the specification and reject requests that set them.',
          effort: 'S',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['API3:2023', 'CWE-915', 'ASVS V5.1.2'],
    },
    {
      id: 'api.bopla.unchecked-body',
      category: 'T',
      appliesTo: ['process'],
      perOperation: true,
      condition: {
        all: [
          { prop: 'method', of: 'operation', in: ['post', 'put', 'patch'] },
          { prop: 'validatesInput', eq: false },
          { prop: 'requestFields', of: 'operation', empty: false },
          { not: { fact: 'privilegedRequestFields', of: 'operation' } },
        ],
      },
      title: '{operation} on {element} may bind properties the caller must not set',
      description:
        '{element} does not validate request bodies, so {operation} may accept properties that are not in its schema (ids, owners, flags) and write them to the stored object.',
      likelihood: 3,
      impact: 3,
      mitigations: [
        {
          title: 'Allow-list the writable properties',
          description:
            'Bind requests to input models that contain only the properties the caller may change; mark the rest read-only in the specification and reject requests that set them.',
          effort: 'S',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['API3:2023', 'CWE-915'],
    },
    {
      id: 'api.bopla.record-exposure',
      category: 'I',
      appliesTo: ['process'],
      condition: {
        all: [
          { prop: 'hasOperations', eq: false },
          { prop: 'technology', notIn: ['gateway', 'worker', 'ui'] },
          { incoming: { kind: 'externalEntity', of: 'source' } },
          {
            outgoing: {
              any: [
                { prop: 'holdsPii', of: 'target', eq: true },
                { prop: 'holdsCredentials', of: 'target', eq: true },
              ],
            },
          },
        ],
      },
      title: '{element} may hand whole records from its sensitive stores to callers',
      description:
        '{element} serves external callers and reads stores that hold personal data or credentials. Responses built by serialising stored records expose every property, including those no caller should see.',
      likelihood: 3,
      impact: 4,
      mitigations: [
        {
          title: 'Explicit response schemas per caller',
          description:
            'Return only the properties each caller may see, from explicit response models, instead of serialising stored objects; test that sensitive properties are absent.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API3:2023', 'CWE-213'],
    },

    // ------------------------------------------------------------------ API4 Resource consumption
    {
      id: 'api.resource.unbounded-page',
      category: 'D',
      appliesTo: ['process'],
      perOperation: true,
      condition: { fact: 'pagingWithoutMaximum', of: 'operation' },
      title:
        '{operation} on {element} lets callers ask for unbounded pages ({operation.pagingWithoutMaximum} has no maximum)',
      description:
        'Nothing caps {operation.pagingWithoutMaximum} on {operation}. One request for a million records makes {element} load, serialise and send them, exhausting memory and the database.',
      likelihood: 4,
      impact: 3,
      adjust: [{ when: { prop: 'rateLimited', eq: false }, impact: 4 }],
      mitigations: [
        {
          title: 'Maximum page sizes',
          description:
            'Declare and enforce a maximum for every paging parameter, default to a small page, and use cursors for deep pagination.',
          effort: 'S',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['API4:2023', 'CWE-770', 'CWE-400'],
    },
    {
      id: 'api.resource.upload',
      category: 'D',
      appliesTo: ['process'],
      perOperation: true,
      condition: { fact: 'fileUpload', of: 'operation' },
      title:
        '{operation} on {element} accepts file uploads ({operation.fileUploadFields}) that can exhaust storage and processing',
      description:
        'Large or numerous uploads to {operation} fill disks and queues, and files that expand when processed (archives, images) exhaust memory in {element} or whatever processes them next.',
      likelihood: 3,
      impact: 3,
      mitigations: [
        {
          title: 'Upload limits and isolated processing',
          description:
            'Limit file size and count per caller, check type by content, and process uploads in an isolated worker with memory and time limits.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API4:2023', 'CWE-770', 'CWE-434', 'ASVS V12.1.1'],
    },
    {
      id: 'api.resource.paid-calls',
      category: 'D',
      appliesTo: ['process'],
      condition: {
        all: [
          { prop: 'rateLimited', eq: false },
          {
            outgoing: {
              all: [
                { prop: 'entityKind', of: 'target', eq: 'thirdPartyService' },
                {
                  any: [
                    { prop: 'tags', of: 'target', has: 'paid' },
                    ...PAID_SERVICE_WORDS.map((word) => ({
                      prop: 'name',
                      of: 'target' as const,
                      contains: word,
                    })),
                  ],
                },
              ],
            },
          },
          { incoming: { kind: 'externalEntity', of: 'source' } },
        ],
      },
      title: 'Callers of {element} can run up the bill of the third-party services it calls',
      description:
        'Requests to {element} trigger calls to third-party services that charge per call (messages, e-mail, lookups, AI). With no limit on {element}, an attacker turns that into a large invoice or an exhausted quota.',
      likelihood: 3,
      impact: 3,
      mitigations: [
        {
          title: 'Spending limits on paid integrations',
          description:
            'Rate-limit the operations that call paid services per caller, set spending alerts and hard limits with the provider, and cache results where possible.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API4:2023', 'CWE-799', 'CWE-770'],
    },

    // ------------------------------------------------------------------ API5 BFLA
    {
      id: 'api.bfla.admin-operation',
      category: 'E',
      appliesTo: ['process'],
      perOperation: true,
      condition: {
        all: [
          { fact: 'adminPath', of: 'operation' },
          { anyOperation: { not: { fact: 'adminPath', of: 'operation' } } },
        ],
      },
      title:
        '{operation} on {element} is an administrative function that ordinary callers may reach',
      description:
        '{operation} sits next to the ordinary operations of {element}. If it checks only that the caller is signed in, any user who guesses the path can call it.',
      likelihood: 3,
      impact: 5,
      adjust: [
        { when: { prop: 'authorization', eq: 'none' }, likelihood: 4 },
        { when: { fact: 'publicOperation', of: 'operation' }, likelihood: 5 },
      ],
      mitigations: [
        {
          title: 'Role checks on every administrative function',
          description:
            'Enforce the administrator role (or a dedicated scope) in one policy layer for every administrative route, deny by default, and serve administration from a separate, non-public host where possible.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API5:2023', 'CWE-285', 'CAPEC-58', 'ASVS V4.1.1'],
    },
    {
      id: 'api.bfla.admin-api-roles',
      category: 'E',
      appliesTo: ['process'],
      condition: {
        all: [
          { anyOperation: { fact: 'adminPath', of: 'operation' } },
          { not: { anyOperation: { not: { fact: 'adminPath', of: 'operation' } } } },
          {
            incoming: {
              all: [
                { kind: 'externalEntity', of: 'source' },
                { prop: 'trust', of: 'source', ne: 'administrator' },
              ],
            },
          },
        ],
      },
      title:
        'Callers of {element} who are not administrators may reach its most powerful functions',
      description:
        "{element} is an administrative API, and not every caller is an administrator. Unless each operation checks the caller's role, a support or read-only account can change roles, delete accounts or impersonate users.",
      likelihood: 3,
      impact: 5,
      adjust: [{ when: { prop: 'authorization', eq: 'none' }, likelihood: 4 }],
      mitigations: [
        {
          title: 'Role checks on every administrative function',
          description:
            'Enforce the administrator role (or a dedicated scope) in one policy layer for every administrative route, deny by default, and serve administration from a separate, non-public host where possible.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API5:2023', 'CWE-285', 'CWE-269', 'ASVS V4.1.3'],
    },
    {
      id: 'api.bfla.unguarded-delete',
      category: 'E',
      appliesTo: ['process'],
      perOperation: true,
      condition: {
        all: [
          { prop: 'method', of: 'operation', eq: 'delete' },
          { prop: 'authorization', eq: 'none' },
          { not: { fact: 'adminPath', of: 'operation' } },
        ],
      },
      title: '{operation} on {element} deletes data with no function-level authorization',
      description:
        '{element} has no authorization model, so {operation} is available to every caller that gets past authentication, including the least privileged one.',
      likelihood: 4,
      impact: 4,
      mitigations: [
        {
          title: 'Role checks on destructive operations',
          description:
            'Restrict delete and bulk-change operations to the roles that own the data, and require a second confirmation for irreversible ones.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API5:2023', 'CWE-862', 'ASVS V4.1.3'],
    },
    {
      id: 'api.bfla.mixed-scopes',
      category: 'E',
      appliesTo: ['process'],
      condition: { prop: 'mixedScopes', eq: true },
      title:
        '{element} mixes operations that need different scopes, so one missing check opens a privileged one',
      description:
        'Operations of {element} require different OAuth scopes. Every one of them must check its own scope; one forgotten check lets a token issued for the least privileged scope call the most privileged function.',
      likelihood: 3,
      impact: 4,
      mitigations: [
        {
          title: 'Test scope enforcement per operation',
          description:
            'Declare required scopes per operation, enforce them from the specification in middleware, and test every operation with a token that lacks its scope.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API5:2023', 'CWE-863'],
    },

    // ------------------------------------------------------------------ API6 Business flows
    {
      id: 'api.business.automated-flow',
      category: 'T',
      appliesTo: ['process'],
      perOperation: true,
      condition: {
        all: [
          { fact: 'businessFlowPath', of: 'operation' },
          { prop: 'method', of: 'operation', in: ['post', 'put', 'patch'] },
          { not: { prop: 'path', of: 'operation', contains: 'hook' } },
          { not: { prop: 'path', of: 'operation', contains: 'callback' } },
        ],
      },
      title:
        '{operation} on {element} can be automated at scale to abuse the business flow behind it',
      description:
        'Bots can call {operation} far faster than people: buying up stock, booking and cancelling, creating accounts, redeeming codes or posting spam. Each call is valid on its own; the harm is in the volume.',
      likelihood: 3,
      impact: 3,
      adjust: [
        { when: { prop: 'businessCritical', eq: true }, impact: 4 },
        { when: { prop: 'rateLimited', eq: false }, likelihood: 4 },
      ],
      mitigations: [
        {
          title: 'Anti-automation on sensitive business flows',
          description:
            'Identify the flows that hurt when automated, limit them per account and per device, and add friction (fingerprinting, challenges, purchase limits) where volume is abnormal.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API6:2023', 'CWE-799', 'CWE-837', 'OAT-005'],
    },
    {
      id: 'api.business.critical-process',
      category: 'T',
      appliesTo: ['process'],
      condition: {
        all: [
          { prop: 'businessCritical', eq: true },
          { prop: 'exposure', in: ['internet', 'partner'] },
          { prop: 'hasOperations', eq: false },
        ],
      },
      title: 'Bots can drive the business flows of {element} faster than its business can absorb',
      description:
        '{element} handles payments or other business-critical flows for outside callers. Scripts that sign up, buy, book or redeem at scale hurt the business even when every single request is legitimate.',
      likelihood: 3,
      impact: 4,
      adjust: [{ when: { prop: 'rateLimited', eq: false }, likelihood: 4 }],
      mitigations: [
        {
          title: 'Anti-automation on sensitive business flows',
          description:
            'Identify the flows that hurt when automated, limit them per account and per device, and add friction (fingerprinting, challenges, purchase limits) where volume is abnormal.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API6:2023', 'CWE-799', 'OAT-021'],
    },

    // ------------------------------------------------------------------ API7 SSRF
    {
      id: 'api.ssrf.url-input',
      category: 'E',
      appliesTo: ['process'],
      perOperation: true,
      condition: { fact: 'urlField', of: 'operation' },
      title:
        '{operation} on {element} takes a URL ({operation.urlFields}) that the server may fetch',
      description:
        'If {element} fetches the address given in {operation.urlFields}, a caller can point it at internal services, cloud metadata endpoints or local files, reaching what only {element} is allowed to reach.',
      likelihood: 3,
      impact: 5,
      adjust: [{ when: { outgoing: { kind: 'externalEntity', of: 'target' } }, likelihood: 4 }],
      mitigations: [
        {
          title: 'Allow-listed outbound fetching',
          description:
            'Fetch only from an allow-list of hosts and schemes, resolve and check the address before connecting (no private ranges, no redirects), and run fetchers in a network segment without internal access.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 1 },
        },
      ],
      references: ['API7:2023', 'CWE-918', 'CAPEC-664', 'ASVS V12.6.1'],
    },

    // ------------------------------------------------------------------ API8 Misconfiguration
    {
      id: 'api.misconfig.plain-http-server',
      category: 'I',
      appliesTo: ['process'],
      condition: { prop: 'plainHttpServers', empty: false },
      title: '{element} is served over plain HTTP ({element.plainHttpServers})',
      description:
        'The API of {element} lists {element.plainHttpServers}. Clients that use it send credentials and data unencrypted, and an attacker on the path can downgrade others to it.',
      likelihood: 4,
      impact: 4,
      mitigations: [
        {
          title: 'HTTPS only, with HSTS',
          description:
            'Remove plain-HTTP servers, redirect or refuse port 80, and send Strict-Transport-Security on every response.',
          effort: 'S',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['API8:2023', 'CWE-319', 'ASVS V9.1.1'],
    },
    {
      id: 'api.misconfig.hardening',
      category: 'T',
      appliesTo: ['process'],
      condition: { prop: 'exposure', in: ['internet', 'partner'] },
      title:
        '{element} runs with insecure defaults: permissive CORS, missing security headers or debug features',
      description:
        'Exposed APIs like {element} are commonly deployed with a wildcard CORS policy, missing security headers, verbose errors, unused HTTP methods or debug endpoints left on, each of which an attacker can use.',
      likelihood: 3,
      impact: 3,
      adjust: [{ when: { prop: 'exposure', eq: 'internet' }, likelihood: 4 }],
      mitigations: [
        {
          title: 'Hardened, tested configuration baseline',
          description:
            'Define a configuration baseline (CORS allow-list, security headers, allowed methods, debug off) for every deployment and check it automatically in the pipeline.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API8:2023', 'CWE-942', 'CWE-1188', 'ASVS V14.5.3'],
    },

    // ------------------------------------------------------------------ API9 Inventory
    {
      id: 'api.inventory.deprecated-operation',
      category: 'I',
      appliesTo: ['process'],
      perOperation: true,
      condition: { prop: 'deprecated', of: 'operation', eq: true },
      title: '{operation} on {element} is deprecated but still served',
      description:
        'Deprecated operations keep running long after their replacement ships, usually without the fixes and checks added since. Attackers look for exactly these.',
      likelihood: 3,
      impact: 3,
      mitigations: [
        {
          title: 'Retire deprecated operations on a schedule',
          description:
            'Announce a removal date, monitor remaining use, then switch the operation off; until then, keep it under the same controls as its replacement.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API9:2023', 'CWE-1059'],
    },
    {
      id: 'api.inventory.non-production-server',
      category: 'I',
      appliesTo: ['process'],
      condition: { prop: 'nonProductionServers', empty: false },
      title:
        '{element} lists non-production servers ({element.nonProductionServers}) that may be reachable',
      description:
        'Staging and development hosts of {element} often run older code, debug settings and copies of real data, with weaker authentication than production.',
      likelihood: 3,
      impact: 4,
      mitigations: [
        {
          title: 'Keep non-production hosts private',
          description:
            'Put non-production environments behind a VPN or allow-list, use synthetic data there, and keep them out of public specifications.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API9:2023', 'CWE-1059', 'ASVS V14.3.2'],
    },
    {
      id: 'api.inventory.multiple-versions',
      category: 'I',
      appliesTo: ['process'],
      condition: { prop: 'multipleApiVersions', eq: true },
      title: '{element} serves several API versions at once ({element.apiVersions})',
      description:
        'Older versions of an API keep old behaviour, including flaws fixed in the newest one. Each version of {element} still served is one more surface to protect and patch.',
      likelihood: 3,
      impact: 3,
      mitigations: [
        {
          title: 'Inventory and retire old API versions',
          description:
            'Keep an inventory of every version and host with its owner and end-of-life date, apply security fixes to all live versions, and retire old ones.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API9:2023', 'CWE-1059'],
    },
    {
      id: 'api.inventory.undocumented',
      category: 'I',
      appliesTo: ['process'],
      condition: {
        all: [
          { prop: 'exposure', in: ['internet', 'partner'] },
          { prop: 'hasOperations', eq: false },
          { prop: 'technology', ne: 'ui' },
        ],
      },
      title: 'The API of {element} is not inventoried: no operations are recorded',
      description:
        '{element} is exposed outside the organisation, but the model records none of its operations. Undocumented endpoints escape review, testing and retirement; import its OpenAPI description or list them.',
      likelihood: 2,
      impact: 3,
      mitigations: [
        {
          title: 'Publish and import the API description',
          description:
            'Maintain an OpenAPI description for every exposed API, generated from or checked against the code, and import it into the model.',
          effort: 'S',
          reduction: { likelihood: 1, impact: 0 },
        },
      ],
      references: ['API9:2023', 'CWE-1059'],
    },
    {
      id: 'api.inventory.third-party-sharing',
      category: 'I',
      appliesTo: ['dataFlow'],
      condition: {
        all: [
          { kind: 'process', of: 'source' },
          { prop: 'entityKind', of: 'target', eq: 'thirdPartyService' },
          { prop: 'dataTags', hasAny: ['pii', 'health', 'payment'] },
        ],
      },
      title: '{source} shares {element.dataTags} data with the third party {target}',
      description:
        "Data sent to {target} leaves your control: its retention, access and breaches are the third party's. Flows like {element} must be inventoried, minimised and covered by an agreement.",
      likelihood: 3,
      impact: 4,
      mitigations: [
        {
          title: 'Inventory and minimise third-party data flows',
          description:
            'Record each third-party integration with the data it receives, send only what it needs (pseudonymise where possible), and review its security and contract.',
          effort: 'S',
          reduction: { likelihood: 1, impact: 1 },
        },
      ],
      references: ['API9:2023', 'CWE-359'],
    },

    // ------------------------------------------------------------------ API10 Unsafe consumption
    {
      id: 'api.consumption.third-party-input',
      category: 'T',
      appliesTo: ['dataFlow'],
      condition: {
        all: [
          { kind: 'process', of: 'target' },
          { kind: 'externalEntity', of: 'source' },
          { prop: 'entityKind', of: 'source', eq: 'thirdPartyService' },
        ],
      },
      title:
        '{target} trusts what the third party {source} sends on {element} without validating it',
      description:
        'Data from third-party APIs is often treated as safe because a partner sent it. If {source} is compromised or spoofed, injected content on {element} reaches {target} and everything {target} writes it to.',
      likelihood: 3,
      impact: 4,
      adjust: [
        { when: { prop: 'validatesInput', of: 'target', eq: true }, likelihood: 2 },
        { when: { prop: 'encrypted', eq: false }, likelihood: 4 },
      ],
      mitigations: [
        {
          title: 'Validate third-party data like user input',
          description:
            'Validate every response and callback from third parties against a schema, verify signatures on callbacks, and bound sizes and time-outs.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['API10:2023', 'CWE-20', 'ASVS V5.1.3'],
    },
    {
      id: 'api.consumption.spoofed-provider',
      category: 'S',
      appliesTo: ['dataFlow'],
      condition: {
        all: [
          { kind: 'process', of: 'source' },
          { prop: 'entityKind', of: 'target', eq: 'thirdPartyService' },
        ],
      },
      title:
        '{source} may talk to an impostor of {target}: redirects followed blindly or certificates unchecked',
      description:
        'When {source} calls {target} over {element}, a client that follows redirects to any host or does not verify the certificate hands its requests, and their credentials, to whoever answers.',
      likelihood: 2,
      impact: 4,
      adjust: [{ when: { prop: 'encrypted', eq: false }, likelihood: 4 }],
      mitigations: [
        {
          title: 'Pinned, verified outbound connections',
          description:
            'Verify certificates and host names, do not follow redirects to other hosts, and keep provider endpoints in configuration rather than in data.',
          effort: 'S',
          reduction: { likelihood: 1, impact: 0 },
        },
      ],
      references: ['API10:2023', 'CWE-295', 'CWE-601'],
    },
  ],
};
