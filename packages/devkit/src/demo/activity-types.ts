// Shapes of the demo activities (kept free of the core schemas, like alliance-types.ts).

export interface DemoRegistration {
  readonly tenantId: string;
  readonly name: string;
  readonly unit: string;
  /** Recorded once the activity is done; absent: not recorded. */
  readonly attended?: boolean;
}

export interface DemoOutcome {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier?: 'over' | 'about';
  readonly note?: string;
}

export interface DemoActivity {
  readonly key: string;
  readonly organiserTenantId: string;
  readonly title: string;
  readonly kind: 'training' | 'salon' | 'volunteer' | 'festival' | 'seminar' | 'visit' | 'other';
  readonly description: string;
  readonly startsAt: string;
  readonly endsAt?: string;
  readonly place: string;
  readonly capacity?: number;
  readonly quotas?: Readonly<Record<string, number>>;
  readonly registrationDeadline?: string;
  /** Registered while the activity is open, in this order. */
  readonly registrations: readonly DemoRegistration[];
  /** Where the activity ends up: `open`, or `done` (closed and completed after the registrations). */
  readonly status: 'open' | 'done';
  /** Recorded once done. */
  readonly outcomes: readonly DemoOutcome[];
}
