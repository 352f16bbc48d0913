/**
 * STRIDE per element, the baseline every reviewer expects: external entities S and R; processes
 * S, T, R, I, D and E; data stores T, I and D, plus R when they are logs; data flows T, I and D.
 * Each category is split by the element's properties, so a process without authentication gets a
 * different threat (and rating) from one with OAuth, and a TLS flow none of the cleartext ones.
 */
import type { RulePackInput } from '../ruleSchema';

export const stridePack: RulePackInput = {
  id: 'stride',
  name: 'STRIDE per element',
  description:
    'Spoofing, tampering, repudiation, information disclosure, denial of service and elevation of privilege for every element in scope, rated by its properties.',
  rules: [
    // ------------------------------------------------------------------ external entities
    {
      id: 'stride.entity.unauthenticated',
      category: 'S',
      appliesTo: ['externalEntity'],
      condition: { all: [{ prop: 'authenticatesItself', eq: false }, { outgoing: { all: [] } }] },
      title: 'Anyone can send requests as {element}',
      description:
        "{element} does not authenticate itself, so the processes it calls cannot tell its requests from an attacker's. Treat everything it sends as untrusted, or give it credentials the receiving process verifies.",
      likelihood: 4,
      impact: 3,
      adjust: [
        { when: { prop: 'trust', eq: 'partner' }, impact: 4 },
        { when: { prop: 'trust', eq: 'administrator' }, impact: 5 },
      ],
      mitigations: [
        {
          title: 'Authenticate every caller',
          description:
            'Require credentials (OAuth 2 client credentials, signed tokens or mTLS) on every request and reject anonymous calls to anything that is not public by design.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-306', 'CWE-287', 'CAPEC-151', 'ASVS V2.1.1'],
    },
    {
      id: 'stride.entity.credential-theft',
      category: 'S',
      appliesTo: ['externalEntity'],
      condition: { all: [{ prop: 'authenticatesItself', eq: true }, { outgoing: { all: [] } }] },
      title: 'Stolen or guessed credentials let an attacker act as {element}',
      description:
        'Credentials of {element} can be phished, leaked from a client, reused from another breach or brute-forced. Whoever holds them is {element} as far as the API can tell.',
      likelihood: 3,
      impact: 4,
      adjust: [
        { when: { prop: 'entityKind', eq: 'thirdPartyService' }, likelihood: 2 },
        { when: { prop: 'trust', eq: 'administrator' }, impact: 5 },
      ],
      mitigations: [
        {
          title: 'Multi-factor authentication and short-lived credentials',
          description:
            'Require a second factor for people, short-lived tokens for services, and rotate secrets automatically; detect and block credential stuffing.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-522', 'CWE-308', 'CAPEC-600', 'CAPEC-560', 'ASVS V2.2.1'],
    },
    {
      id: 'stride.entity.repudiation',
      category: 'R',
      appliesTo: ['externalEntity'],
      condition: { outgoing: { all: [] } },
      title: '{element} can deny the requests it made',
      description:
        'Unless each request of {element} is tied to an authenticated identity and recorded where it cannot be altered, nobody can later prove what {element} did, settle a dispute or reconstruct an incident.',
      likelihood: 3,
      impact: 3,
      adjust: [
        { when: { prop: 'trust', in: ['partner', 'administrator'] }, impact: 4 },
        { when: { prop: 'authenticatesItself', eq: false }, likelihood: 4 },
      ],
      mitigations: [
        {
          title: 'Attributed, tamper-evident audit trail',
          description:
            'Record who did what and when for every state-changing request, with the caller identity taken from verified credentials, in an append-only store.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-778', 'CAPEC-268', 'ASVS V7.1.3'],
    },

    // ------------------------------------------------------------------ processes
    {
      id: 'stride.process.no-authentication',
      category: 'S',
      appliesTo: ['process'],
      condition: { all: [{ prop: 'authentication', eq: 'none' }, { incoming: { all: [] } }] },
      title: '{element} accepts requests without authenticating the caller',
      description:
        '{element} has no authentication, so any client that can reach it can call every function it offers, impersonating any user or service it trusts.',
      likelihood: 4,
      impact: 4,
      adjust: [
        { when: { prop: 'exposure', eq: 'internal' }, likelihood: 3 },
        { when: { prop: 'exposure', eq: 'internet' }, likelihood: 5 },
        { when: { prop: 'businessCritical', eq: true }, impact: 5 },
      ],
      mitigations: [
        {
          title: 'Require authentication on every operation',
          description:
            'Put a verified identity in front of every non-public operation (OAuth 2 bearer tokens, mTLS between services) and make the deliberately public ones an explicit, reviewed list.',
          effort: 'M',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['CWE-306', 'CAPEC-115', 'API2:2023', 'ASVS V4.1.1'],
    },
    {
      id: 'stride.process.weak-authentication',
      category: 'S',
      appliesTo: ['process'],
      condition: { prop: 'authentication', in: ['apiKey', 'basic'] },
      title:
        '{element} authenticates callers with {element.authentication} credentials that are easily leaked and replayed',
      description:
        'Static {element.authentication} credentials travel with every request, end up in logs, scripts and client code, and stay valid until someone rotates them by hand. Whoever copies one can call {element} as its owner.',
      likelihood: 3,
      impact: 4,
      adjust: [{ when: { prop: 'exposure', eq: 'internet' }, likelihood: 4 }],
      mitigations: [
        {
          title: 'Short-lived, scoped tokens instead of static secrets',
          description:
            'Move callers to OAuth 2 client credentials or signed short-lived tokens; where API keys must stay, scope them, rotate them and never accept them in URLs.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-798', 'CWE-522', 'CWE-294', 'API2:2023', 'ASVS V2.10.4'],
    },
    {
      id: 'stride.process.token-theft',
      category: 'S',
      appliesTo: ['process'],
      condition: { prop: 'authentication', in: ['bearer', 'oauth2', 'session', 'mtls'] },
      title:
        'Stolen or forged {element.authentication} credentials let an attacker impersonate a caller of {element}',
      description:
        'A token, session cookie or client key taken from a browser, a log or another service lets an attacker replay it against {element} until it expires; a token accepted without checking signature, issuer, audience and expiry can be forged outright.',
      likelihood: 2,
      impact: 4,
      adjust: [{ when: { prop: 'exposure', eq: 'internet' }, likelihood: 3 }],
      mitigations: [
        {
          title: 'Validate tokens fully and keep them short-lived',
          description:
            'Check signature, issuer, audience, expiry and algorithm of every token; keep lifetimes short; bind sessions to the client and revoke them on logout.',
          effort: 'S',
          reduction: { likelihood: 1, impact: 0 },
        },
      ],
      references: ['CWE-294', 'CWE-613', 'CWE-347', 'CAPEC-593', 'ASVS V3.5.3'],
    },
    {
      id: 'stride.process.unvalidated-input',
      category: 'T',
      appliesTo: ['process'],
      condition: { prop: 'validatesInput', eq: false },
      title:
        '{element} does not validate its input, so injected or malformed data reaches its logic',
      description:
        'Requests reach {element} without schema or type validation. Injection into queries and commands, oversized or malformed payloads and unexpected types flow straight into its code and the stores behind it.',
      likelihood: 4,
      impact: 4,
      adjust: [
        { when: { prop: 'exposure', eq: 'internal' }, likelihood: 3 },
        { when: { prop: 'businessCritical', eq: true }, impact: 5 },
      ],
      mitigations: [
        {
          title: 'Validate every request against a schema',
          description:
            'Reject requests that do not match the declared schema (types, formats, lengths, allowed values) at the edge of the service, and use parameterized queries behind it.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-20', 'CWE-74', 'CAPEC-153', 'ASVS V5.1.3'],
    },
    {
      id: 'stride.process.parameter-tampering',
      category: 'T',
      appliesTo: ['process'],
      condition: { incoming: { all: [] } },
      title: 'Callers of {element} change values the client was meant to keep as given',
      description:
        'Prices, quantities, identifiers, flags and state that a client sends back to {element} can be edited by the caller. Format validation does not catch a well-formed but forbidden value; {element} must recompute or verify them on the server.',
      likelihood: 3,
      impact: 3,
      adjust: [{ when: { prop: 'businessCritical', eq: true }, likelihood: 4, impact: 4 }],
      mitigations: [
        {
          title: 'Derive business values on the server',
          description:
            'Recompute prices and totals, look up ownership and state from the store, and treat every client-supplied value as a request, never as a fact.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-472', 'CWE-639', 'CAPEC-153'],
    },
    {
      id: 'stride.process.no-audit-log',
      category: 'R',
      appliesTo: ['process'],
      condition: { prop: 'writesAuditLog', eq: false },
      title: '{element} keeps no audit trail, so misuse cannot be traced or proven',
      description:
        '{element} does not record who performed which security-relevant action. A disputed change, an abused account or a breach through {element} leaves no evidence to investigate or to hold anyone to.',
      likelihood: 3,
      impact: 3,
      adjust: [
        { when: { prop: 'businessCritical', eq: true }, impact: 4 },
        { when: { prop: 'exposure', eq: 'internet' }, likelihood: 4 },
      ],
      mitigations: [
        {
          title: 'Audit log of security-relevant events',
          description:
            'Log authentication, authorization failures and every state-changing action with the verified caller identity, time and target, to a store the service itself cannot rewrite.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-778', 'CWE-223', 'ASVS V7.1.3'],
    },
    {
      id: 'stride.process.audit-log-forgery',
      category: 'R',
      appliesTo: ['process'],
      condition: { prop: 'writesAuditLog', eq: true },
      title: 'Callers can forge or blur the audit records {element} writes',
      description:
        'Audit entries of {element} that copy request data verbatim can be forged with injected line breaks or control characters, and entries that record a caller-supplied identity instead of the verified one prove nothing.',
      likelihood: 2,
      impact: 3,
      mitigations: [
        {
          title: 'Structured audit entries from verified identities',
          description:
            'Write audit entries as structured records, encode request data, and take the actor from the verified credentials, never from a header or body field.',
          effort: 'S',
          reduction: { likelihood: 1, impact: 0 },
        },
      ],
      references: ['CWE-117', 'CAPEC-93', 'ASVS V7.3.1'],
    },
    {
      id: 'stride.process.error-disclosure',
      category: 'I',
      appliesTo: ['process'],
      condition: { incoming: { all: [] } },
      title: '{element} reveals internal details in errors and responses',
      description:
        'Stack traces, SQL errors, framework banners and internal host names in responses of {element} tell an attacker which components and versions to target next.',
      likelihood: 3,
      impact: 2,
      adjust: [
        { when: { prop: 'exposure', eq: 'internet' }, likelihood: 4 },
        { when: { prop: 'exposure', eq: 'internal' }, likelihood: 2 },
      ],
      mitigations: [
        {
          title: 'Generic error responses',
          description:
            'Return a problem type and a correlation id to the client, log the detail on the server, and strip version banners from responses.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-209', 'CWE-497', 'CAPEC-169', 'ASVS V7.4.1'],
    },
    {
      id: 'stride.process.no-rate-limit',
      category: 'D',
      appliesTo: ['process'],
      condition: { prop: 'rateLimited', eq: false },
      title: '{element} has no rate limit, so a burst of requests can exhaust it',
      description:
        'Nothing caps how often a client may call {element}. A single script, a retry storm or a botnet can saturate its threads, connections and downstream stores and take it down for everyone.',
      likelihood: 3,
      impact: 3,
      adjust: [
        { when: { prop: 'exposure', in: ['internet', 'partner'] }, likelihood: 4 },
        { when: { prop: 'businessCritical', eq: true }, impact: 4 },
      ],
      mitigations: [
        {
          title: 'Rate limits and quotas per client',
          description:
            'Limit requests per client and per operation at the gateway, answer 429 with Retry-After, and set quotas for expensive operations.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-770', 'CWE-400', 'CAPEC-125', 'API4:2023', 'ASVS V11.1.4'],
    },
    {
      id: 'stride.process.resource-exhaustion',
      category: 'D',
      appliesTo: ['process'],
      condition: { prop: 'rateLimited', eq: true },
      title: 'Expensive requests exhaust {element} even within its rate limit',
      description:
        'A rate limit counts requests, not their cost. Large payloads, deep nesting, expensive searches or slow clients holding connections can still exhaust {element} while staying under the limit.',
      likelihood: 2,
      impact: 3,
      adjust: [{ when: { prop: 'businessCritical', eq: true }, impact: 4 }],
      mitigations: [
        {
          title: 'Bound the cost of every request',
          description:
            'Cap payload sizes, page sizes, query complexity and execution time; set timeouts on every downstream call.',
          effort: 'M',
          reduction: { likelihood: 1, impact: 0 },
        },
      ],
      references: ['CWE-400', 'CWE-1333', 'CAPEC-130', 'API4:2023'],
    },
    {
      id: 'stride.process.excess-privilege',
      category: 'E',
      appliesTo: ['process'],
      condition: { prop: 'runsPrivileged', eq: true },
      title:
        '{element} runs with more privilege than it needs, so any flaw in it hands over the host',
      description:
        '{element} runs privileged (as root, with broad cloud or database rights). A single injection or deserialization flaw in it becomes full control of its host and of everything its identity can reach.',
      likelihood: 3,
      impact: 5,
      mitigations: [
        {
          title: 'Run with least privilege',
          description:
            'Run as an unprivileged user in a read-only filesystem, drop capabilities, and give its service identity only the permissions its operations need.',
          effort: 'M',
          reduction: { likelihood: 0, impact: 2 },
        },
      ],
      references: ['CWE-250', 'CWE-269', 'CAPEC-233', 'ASVS V1.4.3'],
    },
    {
      id: 'stride.process.missing-authorization',
      category: 'E',
      appliesTo: ['process'],
      condition: {
        all: [
          { prop: 'authentication', ne: 'none' },
          { prop: 'authorization', eq: 'none' },
        ],
      },
      title: '{element} identifies callers but never checks what each one may do',
      description:
        '{element} authenticates its callers and then lets any of them call any function on any object. Every account, including a free or compromised one, has the rights of the most privileged user.',
      likelihood: 4,
      impact: 4,
      adjust: [{ when: { prop: 'businessCritical', eq: true }, impact: 5 }],
      mitigations: [
        {
          title: 'Deny-by-default authorization on every operation',
          description:
            "Check the caller's role or scope for each function and its ownership of each object, in one shared policy layer, and deny whatever is not explicitly allowed.",
          effort: 'L',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['CWE-862', 'CWE-285', 'CAPEC-1', 'API5:2023', 'ASVS V4.1.3'],
    },
    {
      id: 'stride.process.code-execution',
      category: 'E',
      appliesTo: ['process'],
      condition: { incoming: { all: [] } },
      title: 'A crafted request runs code inside {element}',
      description:
        'Unsafe deserialization, template or command injection, or a known flaw in one of its dependencies lets a caller execute code with the rights of {element}.',
      likelihood: 2,
      impact: 5,
      adjust: [
        { when: { prop: 'validatesInput', eq: false }, likelihood: 3 },
        { when: { prop: 'exposure', eq: 'internal' }, impact: 4 },
        { when: { prop: 'runsPrivileged', eq: true }, impact: 5 },
      ],
      mitigations: [
        {
          title: 'Safe parsers and patched dependencies',
          description:
            'Never deserialize untrusted data into arbitrary types, keep dependencies patched with automated scanning, and avoid building commands or templates from input.',
          effort: 'M',
          reduction: { likelihood: 1, impact: 0 },
        },
      ],
      references: ['CWE-502', 'CWE-94', 'CWE-1104', 'CAPEC-586', 'ASVS V5.5.1'],
    },

    // ------------------------------------------------------------------ data stores
    {
      id: 'stride.store.tampering',
      category: 'T',
      appliesTo: ['dataStore'],
      condition: { not: { prop: 'storeKind', in: ['log'] } },
      title: 'Data in {element} is changed by someone who should only read it, or not at all',
      description:
        'Shared accounts, over-broad grants or a compromised service with write access can alter or delete records in {element} without anyone noticing.',
      likelihood: 3,
      impact: 4,
      adjust: [
        { when: { prop: 'holdsCredentials', eq: true }, impact: 5 },
        { when: { prop: 'storeKind', eq: 'cache' }, impact: 3 },
      ],
      mitigations: [
        {
          title: 'Least-privilege database accounts',
          description:
            'Give each service its own account with only the grants its operations need; keep write access away from reporting and support tools.',
          effort: 'S',
          reduction: { likelihood: 1, impact: 0 },
        },
      ],
      references: ['CWE-732', 'CWE-284', 'ASVS V1.4.1'],
    },
    {
      id: 'stride.store.injection',
      category: 'T',
      appliesTo: ['dataStore'],
      condition: {
        all: [
          { prop: 'storeKind', in: ['sql', 'document'] },
          { incoming: { kind: 'process', of: 'source' } },
        ],
      },
      title: 'Queries built from request data let callers read or change {element}',
      description:
        'If a service concatenates request values into queries for {element} (SQL, or operator objects for a document store), a caller can rewrite the query to read, change or delete other records.',
      likelihood: 3,
      impact: 5,
      mitigations: [
        {
          title: 'Parameterized queries only',
          description:
            'Use bound parameters or a query builder for every query; reject operator objects in document-store filters; scan the code for string-built queries.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-89', 'CWE-943', 'CAPEC-66', 'ASVS V5.3.4'],
    },
    {
      id: 'stride.store.cleartext-at-rest',
      category: 'I',
      appliesTo: ['dataStore'],
      condition: {
        all: [
          { prop: 'encryptedAtRest', eq: false },
          {
            any: [
              { prop: 'holdsPii', eq: true },
              { prop: 'holdsCredentials', eq: true },
              { prop: 'storeKind', eq: 'secrets' },
            ],
          },
        ],
      },
      title: 'Sensitive data in {element} is stored unencrypted',
      description:
        '{element} holds personal data or credentials without encryption at rest. A stolen backup, snapshot or disk, or read access to the storage layer, discloses everything in it.',
      likelihood: 3,
      impact: 4,
      adjust: [
        { when: { prop: 'holdsCredentials', eq: true }, impact: 5 },
        { when: { prop: 'storeKind', eq: 'secrets' }, impact: 5 },
      ],
      mitigations: [
        {
          title: 'Encrypt at rest with managed keys',
          description:
            'Turn on storage encryption with keys in a key management service, encrypt backups and snapshots, and restrict who may use the keys.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-311', 'CWE-312', 'CAPEC-37', 'ASVS V6.1.1'],
    },
    {
      id: 'stride.store.over-broad-read',
      category: 'I',
      appliesTo: ['dataStore'],
      condition: { not: { prop: 'storeKind', eq: 'log' } },
      title: 'Data in {element} is read by components or people that have no need for it',
      description:
        'Read access to {element} granted to every service, analyst or support tool multiplies the ways its contents leak: one compromised account, query tool or export is enough.',
      likelihood: 2,
      impact: 3,
      adjust: [
        { when: { prop: 'holdsPii', eq: true }, likelihood: 3, impact: 4 },
        { when: { prop: 'holdsCredentials', eq: true }, impact: 5 },
      ],
      mitigations: [
        {
          title: 'Need-to-know access to the store',
          description:
            'Grant read access per service and per role, mask personal fields outside production, and review grants on a schedule.',
          effort: 'M',
          reduction: { likelihood: 1, impact: 0 },
        },
      ],
      references: ['CWE-200', 'CWE-284', 'CAPEC-116'],
    },
    {
      id: 'stride.store.credential-storage',
      category: 'I',
      appliesTo: ['dataStore'],
      condition: { prop: 'holdsCredentials', eq: true },
      title: 'Credentials kept in {element} can be cracked or reused once it leaks',
      description:
        'Passwords stored with a fast or unsalted hash, or API secrets stored in plain form, turn any leak of {element} into working logins for its users and services.',
      likelihood: 3,
      impact: 5,
      mitigations: [
        {
          title: 'Slow salted password hashes and a secrets vault',
          description:
            'Hash passwords with Argon2id or bcrypt, store service secrets in a vault rather than a database, and rotate anything that may have leaked.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-916', 'CWE-522', 'CWE-256', 'CAPEC-55', 'ASVS V2.4.1'],
    },
    {
      id: 'stride.store.unavailable',
      category: 'D',
      appliesTo: ['dataStore'],
      condition: { incoming: { all: [] } },
      title: 'If {element} fills up or stops answering, its callers fail with it',
      description:
        'Unbounded writes, expensive queries, connection exhaustion or a full disk make {element} unavailable; every service that depends on it fails at once.',
      likelihood: 2,
      impact: 3,
      adjust: [
        { when: { prop: 'storeKind', in: ['queue', 'cache'] }, likelihood: 3 },
        { when: { prop: 'storeKind', in: ['sql', 'document'] }, impact: 4 },
      ],
      mitigations: [
        {
          title: 'Capacity limits, timeouts and monitoring',
          description:
            'Set connection pools, query timeouts, retention and size limits, and alert before storage or connections run out.',
          effort: 'M',
          reduction: { likelihood: 1, impact: 0 },
        },
      ],
      references: ['CWE-400', 'CWE-770', 'CAPEC-130'],
    },
    {
      id: 'stride.store.no-backup',
      category: 'D',
      appliesTo: ['dataStore'],
      condition: {
        all: [
          { prop: 'backedUp', eq: false },
          { prop: 'storeKind', notIn: ['cache', 'queue'] },
        ],
      },
      title:
        'Without a backup of {element}, deletion, corruption or ransomware loses its data for good',
      description:
        'Nothing copies {element} elsewhere. An operator mistake, a bad migration, a compromised account deleting data or ransomware encrypting it cannot be undone.',
      likelihood: 2,
      impact: 5,
      adjust: [{ when: { prop: 'storeKind', eq: 'log' }, impact: 4 }],
      mitigations: [
        {
          title: 'Tested, isolated backups',
          description:
            'Back up on a schedule to a separate account with write-once retention, and restore from it regularly to prove it works.',
          effort: 'M',
          reduction: { likelihood: 0, impact: 3 },
        },
      ],
      references: ['CWE-1059', 'CAPEC-607'],
    },
    {
      id: 'stride.store.log-tampering',
      category: 'R',
      appliesTo: ['dataStore'],
      condition: {
        any: [
          { prop: 'storeKind', eq: 'log' },
          { prop: 'isAuditLog', eq: true },
        ],
      },
      title: 'Entries in {element} can be deleted or rewritten to hide what happened',
      description:
        'Anyone with write access to {element} (an intruder on a service that logs to it, or an administrator) can remove or alter the records that would show what they did.',
      likelihood: 3,
      impact: 4,
      adjust: [{ when: { prop: 'isAuditLog', eq: false }, impact: 3 }],
      mitigations: [
        {
          title: 'Append-only, separately held logs',
          description:
            'Ship log entries to a store the producing services can append to but not modify, with retention locks and integrity checks such as hash chaining.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-117', 'CAPEC-268', 'CAPEC-93', 'ASVS V7.3.3'],
    },
    {
      id: 'stride.store.log-sensitive-data',
      category: 'I',
      appliesTo: ['dataStore'],
      condition: {
        any: [
          { prop: 'storeKind', eq: 'log' },
          { prop: 'isAuditLog', eq: true },
        ],
      },
      title: 'Passwords, tokens or personal data written into log entries collect in {element}',
      description:
        'Request bodies, headers and error dumps logged into {element} carry tokens, passwords and personal data, and logs are read by many more people and tools than the stores they came from.',
      likelihood: 3,
      impact: 3,
      adjust: [{ when: { prop: 'holdsPii', eq: true }, impact: 4 }],
      mitigations: [
        {
          title: 'Redact secrets and personal data before logging',
          description:
            'Log with an allow-list of fields, mask tokens and personal data in the logging layer, and never log full request bodies or authorization headers.',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-532', 'ASVS V7.1.1'],
    },

    // ------------------------------------------------------------------ data flows
    {
      id: 'stride.flow.cleartext',
      category: 'I',
      appliesTo: ['dataFlow'],
      condition: { prop: 'encrypted', eq: false },
      title: 'Traffic on {element} from {source} to {target} is readable in cleartext',
      description:
        '{element} uses {element.protocol} without encryption. Anyone on the network path between {source} and {target} can read it, including any credentials, tokens or personal data it carries.',
      likelihood: 3,
      impact: 3,
      adjust: [
        { when: { prop: 'crossesBoundary', eq: true }, likelihood: 4 },
        { when: { prop: 'dataClassification', in: ['confidential', 'restricted'] }, impact: 4 },
        { when: { prop: 'dataTags', hasAny: ['pii', 'payment', 'health'] }, impact: 4 },
        { when: { prop: 'dataTags', has: 'credentials' }, impact: 5 },
      ],
      mitigations: [
        {
          title: 'TLS on every connection',
          description:
            'Use TLS 1.2 or later with certificate verification on this connection, including inside the private network, and refuse plain-text fallbacks.',
          effort: 'S',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['CWE-319', 'CAPEC-157', 'CAPEC-117', 'ASVS V9.1.1'],
    },
    {
      id: 'stride.flow.cleartext-tampering',
      category: 'T',
      appliesTo: ['dataFlow'],
      condition: { prop: 'encrypted', eq: false },
      title: 'Messages on {element} can be altered between {source} and {target}',
      description:
        'Without an integrity-protected channel, a machine on the path can modify requests and responses of {element} in flight, injecting commands or changing amounts and identifiers that {target} will trust.',
      likelihood: 3,
      impact: 4,
      adjust: [{ when: { prop: 'crossesBoundary', eq: false }, likelihood: 2 }],
      mitigations: [
        {
          title: 'TLS on every connection',
          description:
            'Use TLS 1.2 or later with certificate verification on this connection, including inside the private network, and refuse plain-text fallbacks.',
          effort: 'S',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['CWE-345', 'CWE-353', 'CAPEC-94', 'ASVS V9.2.1'],
    },
    {
      id: 'stride.flow.tls-weakness',
      category: 'I',
      appliesTo: ['dataFlow'],
      condition: { prop: 'encrypted', eq: true },
      title: 'Weak TLS settings or unchecked certificates on {element} allow interception',
      description:
        'Encryption on {element} only helps if {source} verifies the certificate of {target} and both refuse old protocol versions and weak ciphers. A client that skips verification talks to whoever answers.',
      likelihood: 2,
      impact: 3,
      adjust: [
        {
          when: { prop: 'dataTags', hasAny: ['credentials', 'payment', 'health', 'pii'] },
          impact: 4,
        },
      ],
      mitigations: [
        {
          title: 'Strict TLS configuration',
          description:
            'Allow TLS 1.2+ with modern ciphers only, verify certificates and host names in every client, and test the configuration automatically.',
          effort: 'S',
          reduction: { likelihood: 1, impact: 0 },
        },
      ],
      references: ['CWE-295', 'CWE-326', 'CWE-327', 'CAPEC-94', 'ASVS V9.1.2'],
    },
    {
      id: 'stride.flow.tls-termination',
      category: 'T',
      appliesTo: ['dataFlow'],
      condition: {
        all: [
          { prop: 'encrypted', eq: true },
          { prop: 'crossesBoundary', eq: true },
          { kind: 'externalEntity', of: 'source' },
          { kind: 'process', of: 'target' },
        ],
      },
      title: 'Data on {element} is exposed where TLS is terminated between {source} and {target}',
      description:
        'Load balancers, CDNs and WAFs that terminate TLS on the way from {source} to {target} see and can change the traffic in clear; a compromised or misconfigured one alters requests without either end noticing.',
      likelihood: 1,
      impact: 4,
      mitigations: [
        {
          title: 'End-to-end TLS or message signing',
          description:
            'Re-encrypt after each termination point and sign messages whose integrity matters end to end (webhooks, payments, commands).',
          effort: 'M',
          reduction: { likelihood: 1, impact: 0 },
        },
      ],
      references: ['CWE-300', 'CAPEC-94'],
    },
    {
      id: 'stride.flow.interruption',
      category: 'D',
      appliesTo: ['dataFlow'],
      title: 'Traffic on {element} from {source} to {target} can be interrupted or flooded',
      description:
        'If {element} is cut, slowed or flooded, {target} stops receiving what it needs from {source}. Without timeouts and back-pressure, the failure spreads to every caller waiting on it.',
      likelihood: 2,
      impact: 3,
      adjust: [
        { when: { prop: 'crossesBoundary', eq: true }, likelihood: 3 },
        { when: { prop: 'businessCritical', of: 'target', eq: true }, impact: 4 },
      ],
      mitigations: [
        {
          title: 'Timeouts, retries with back-off and circuit breakers',
          description:
            'Bound every call with a timeout, retry idempotent calls with back-off and jitter, and break the circuit when the other side is down.',
          effort: 'M',
          reduction: { likelihood: 0, impact: 1 },
        },
      ],
      references: ['CWE-400', 'CAPEC-125'],
    },
  ],
};
