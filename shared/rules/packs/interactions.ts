/**
 * Interactions, as Microsoft's tool evaluates them: what happens where a flow crosses a trust
 * boundary. Judged from the trust levels of the zones on both sides, so moving a box into another
 * zone changes these threats and nothing else has to be redrawn.
 */
import type { RulePackInput } from '../ruleSchema';

export const interactionsPack: RulePackInput = {
  id: 'interactions',
  name: 'Boundary interactions',
  description:
    'Flows that cross trust boundaries: from lower to higher trust, unauthenticated or carrying credentials and personal data, and processes reachable from the internet.',
  rules: [
    {
      id: 'interactions.untrusted-input',
      category: 'T',
      appliesTo: ['dataFlow'],
      condition: { all: [{ crosses: 'intoHigherTrust' }, { kind: 'process', of: 'target' }] },
      title:
        'Input from {source} enters the more trusted {element.targetZone} at {target} through {element}',
      description:
        '{element} carries data from {source} ({element.sourceZone}, trust {element.sourceTrust}) into {target} ({element.targetZone}, trust {element.targetTrust}). Everything on it is attacker-controllable and must be validated by {target} before it is used or passed further in.',
      likelihood: 3,
      impact: 4,
      adjust: [
        { when: { prop: 'validatesInput', of: 'target', eq: true }, likelihood: 2 },
        { when: { prop: 'sourceTrust', eq: 0 }, likelihood: 4 },
      ],
      mitigations: [
        {
          title: 'Validate at the trust boundary',
          description:
            'Validate type, size and allowed values of every field where the data enters the more trusted zone, and re-check authorization there rather than relying on the caller.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-20', 'CWE-501', 'CAPEC-153', 'ASVS V5.1.3'],
    },
    {
      id: 'interactions.unauthenticated-crossing',
      category: 'S',
      appliesTo: ['dataFlow'],
      condition: {
        all: [
          { crosses: 'any' },
          { prop: 'authenticated', eq: false },
          { kind: 'process', of: 'source' },
          { kind: 'process', of: 'target' },
          { prop: 'authentication', of: 'target', eq: 'none' },
        ],
      },
      title: 'Nothing verifies that requests to {target} over {element} really come from {source}',
      description:
        '{element} crosses from {element.sourceZone} into {element.targetZone}, but neither the connection nor {target} authenticates the calling service. Anything that can reach {target} on the network, not only {source}, can call it with the trust {source} enjoys.',
      likelihood: 4,
      impact: 4,
      adjust: [{ when: { prop: 'sourceTrust', eq: 0 }, likelihood: 5 }],
      mitigations: [
        {
          title: 'Authenticate the sender across the boundary',
          description:
            'Use mTLS or signed service tokens for calls that cross zones, and have the receiver verify them before processing anything.',
          effort: 'M',
          reduction: { likelihood: 3, impact: 0 },
        },
      ],
      references: ['CWE-306', 'CWE-290', 'CAPEC-151', 'ASVS V9.2.1'],
    },
    {
      id: 'interactions.credentials-crossing',
      category: 'I',
      appliesTo: ['dataFlow'],
      condition: { all: [{ crosses: 'any' }, { prop: 'dataTags', has: 'credentials' }] },
      title:
        'Credentials on {element} leave {element.sourceZone} and can be captured or logged on the way to {target}',
      description:
        'Passwords, tokens or keys sent from {source} to {target} pass proxies, gateways and logs in another zone. Each of them is a place where the credentials can be recorded and replayed.',
      likelihood: 3,
      impact: 5,
      mitigations: [
        {
          title: 'Exchange tokens instead of forwarding credentials',
          description:
            'Send short-lived, audience-bound tokens across the boundary instead of passwords or long-lived keys, and strip authorization headers from logs.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 1 },
        },
      ],
      references: ['CWE-522', 'CWE-523', 'CAPEC-102', 'ASVS V2.10.1'],
    },
    {
      id: 'interactions.personal-data-crossing',
      category: 'I',
      appliesTo: ['dataFlow'],
      condition: {
        all: [
          { crosses: 'any' },
          { not: { crosses: 'intoHigherTrust' } },
          { prop: 'dataTags', hasAny: ['pii', 'health', 'payment'] },
          { not: { prop: 'entityKind', of: 'target', eq: 'thirdPartyService' } },
        ],
      },
      title:
        'Sensitive data ({element.dataTags}) on {element} leaves {element.sourceZone} for {element.targetZone}',
      description:
        '{element} moves {element.dataTags} data from {source} out of {element.sourceZone} into a zone that is trusted no more. More fields than {target} needs, or copies kept there, widen who can leak it and which privacy obligations apply.',
      likelihood: 3,
      impact: 4,
      adjust: [{ when: { prop: 'dataTags', hasAny: ['health', 'payment'] }, impact: 5 }],
      mitigations: [
        {
          title: 'Send only the fields the receiver needs',
          description:
            'Minimise personal data per flow, tokenise payment data, and record the flow in the processing register with its legal basis.',
          effort: 'M',
          reduction: { likelihood: 1, impact: 1 },
        },
      ],
      references: ['CWE-359', 'CWE-200', 'ASVS V8.3.4'],
    },
    {
      id: 'interactions.confidential-to-lower-trust',
      category: 'I',
      appliesTo: ['dataFlow'],
      condition: {
        all: [
          { crosses: 'intoLowerTrust' },
          { prop: 'dataClassification', in: ['confidential', 'restricted'] },
          { not: { prop: 'dataTags', hasAny: ['pii', 'health', 'payment'] } },
        ],
      },
      title: '{source} sends {element.dataClassification} data out to the less trusted {target}',
      description:
        '{element} carries {element.dataClassification} data from {element.sourceZone} (trust {element.sourceTrust}) down to {element.targetZone} (trust {element.targetTrust}). Responses that include more than the receiver is entitled to are the most common API data leak.',
      likelihood: 3,
      impact: 4,
      adjust: [{ when: { prop: 'dataClassification', eq: 'restricted' }, impact: 5 }],
      mitigations: [
        {
          title: 'Filter responses on the way out',
          description:
            'Build responses from explicit views per caller type rather than serialising stored objects, and test that restricted fields never appear in them.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-200', 'CWE-213', 'API3:2023'],
    },
    {
      id: 'interactions.direct-store-access',
      category: 'E',
      appliesTo: ['dataFlow'],
      condition: {
        all: [
          { crosses: 'intoHigherTrust' },
          { kind: 'dataStore', of: 'target' },
          { kind: ['externalEntity', 'dataStore'], of: 'source' },
        ],
      },
      title: '{source} reaches the store {target} directly across a trust boundary',
      description:
        "{source} writes to or reads {target} without a service in between that authenticates, authorizes and validates. The store's own access control is then the only barrier for everything in it.",
      likelihood: 3,
      impact: 5,
      mitigations: [
        {
          title: 'Put a service in front of the store',
          description:
            'Route access through an API that enforces authorization per record, and allow the store to accept connections only from that service.',
          effort: 'L',
          reduction: { likelihood: 2, impact: 1 },
        },
      ],
      references: ['CWE-501', 'CWE-284'],
    },
    {
      id: 'interactions.lower-trust-writes-log',
      category: 'R',
      appliesTo: ['dataFlow'],
      condition: {
        all: [
          { kind: 'dataStore', of: 'target' },
          {
            any: [
              { prop: 'storeKind', of: 'target', eq: 'log' },
              { prop: 'isAuditLog', of: 'target', eq: true },
            ],
          },
          { prop: 'trustRaise', gt: 0 },
        ],
      },
      title: '{source}, in the less trusted {element.sourceZone}, writes to the log {target}',
      description:
        'A component of lower trust can write entries into {target}. Once it is compromised it can flood the log, forge entries that incriminate others, or bury the traces of an attack.',
      likelihood: 3,
      impact: 3,
      adjust: [{ when: { prop: 'isAuditLog', of: 'target', eq: true }, impact: 4 }],
      mitigations: [
        {
          title: 'Collect logs through an authenticated pipeline',
          description:
            "Have a collector in the log's zone accept entries only from authenticated producers, tag each entry with its producer, and rate-limit per producer.",
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-117', 'CAPEC-268'],
    },
    {
      id: 'interactions.queue-from-lower-trust',
      category: 'T',
      appliesTo: ['dataFlow'],
      condition: {
        all: [
          { crosses: 'intoHigherTrust' },
          { kind: 'dataStore', of: 'target' },
          { prop: 'storeKind', of: 'target', eq: 'queue' },
        ],
      },
      title: 'Messages that {source} puts on {target} are consumed as if they were trusted',
      description:
        'Consumers of {target} usually trust its messages because they come from inside {element.targetZone}, but {source} sits in the less trusted {element.sourceZone}. A forged or malformed message reaches every consumer.',
      likelihood: 3,
      impact: 4,
      mitigations: [
        {
          title: 'Validate and authenticate messages at the consumer',
          description:
            'Sign messages or restrict producers per topic, validate every message against its schema in the consumer, and route poison messages to a dead-letter queue.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-20', 'CWE-345', 'CAPEC-153'],
    },
    {
      id: 'interactions.privileged-target',
      category: 'E',
      appliesTo: ['dataFlow'],
      condition: {
        all: [{ crosses: 'intoHigherTrust' }, { prop: 'runsPrivileged', of: 'target', eq: true }],
      },
      title: 'Requests from {source} reach privileged code in {target}',
      description:
        '{target} runs privileged and accepts {element} from the less trusted {element.sourceZone}. Any flaw reachable through {element} executes with those privileges.',
      likelihood: 3,
      impact: 5,
      mitigations: [
        {
          title: 'Split the privileged part out',
          description:
            'Move the privileged work into a separate component that accepts only narrow, validated commands, and run the boundary-facing part unprivileged.',
          effort: 'L',
          reduction: { likelihood: 0, impact: 2 },
        },
      ],
      references: ['CWE-250', 'CWE-269', 'CAPEC-233'],
    },
    {
      id: 'interactions.trust-jump',
      category: 'E',
      appliesTo: ['dataFlow'],
      condition: { all: [{ crosses: 'intoHigherTrust' }, { prop: 'trustRaise', gte: 50 }] },
      title:
        'Traffic on {element} jumps from {element.sourceZone} straight into the much more trusted {element.targetZone}',
      description:
        '{element} raises trust from {element.sourceTrust} to {element.targetTrust} in one step, skipping the tiers in between. Whoever controls {source} is one flaw in {target} away from the most protected zone.',
      likelihood: 3,
      impact: 4,
      mitigations: [
        {
          title: 'Route through an intermediate tier',
          description:
            'Place a gateway or service in an intermediate zone that terminates, authenticates and validates requests before they reach the inner zone.',
          effort: 'L',
          reduction: { likelihood: 1, impact: 1 },
        },
      ],
      references: ['CWE-501', 'CWE-1008'],
    },
    {
      id: 'interactions.internet-reachable',
      category: 'E',
      appliesTo: ['process'],
      condition: {
        any: [
          { prop: 'exposure', eq: 'internet' },
          {
            incoming: {
              all: [
                { crosses: 'any' },
                { prop: 'sourceTrust', eq: 0 },
                { prop: 'entityKind', of: 'source', in: ['person', 'device'] },
              ],
            },
          },
        ],
      },
      title: '{element} is reachable from the internet, where every known flaw in it will be found',
      description:
        '{element} accepts connections from the internet. Automated scanners find and exploit unpatched components, default configurations and forgotten endpoints within hours of their disclosure.',
      likelihood: 4,
      impact: 4,
      adjust: [{ when: { prop: 'technology', eq: 'gateway' }, likelihood: 3 }],
      mitigations: [
        {
          title: 'Gateway, WAF and fast patching for exposed services',
          description:
            'Expose only the gateway, filter traffic with a WAF, patch internet-facing components within days, and scan them continuously from outside.',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        },
      ],
      references: ['CWE-1104', 'CAPEC-169', 'CAPEC-310'],
    },
  ],
};
