// The durable-solutions screens share one chunk: app/screens.ts picks one by name.
export { MyDurablePlansScreen } from '../durable-solutions-plan/my-plans-screen';
export { DurablePlanScreen } from '../durable-solutions-plan/durable-plan-screen';
export { ReceivedSolutionReferralsScreen } from '../durable-solutions-received/received-referrals-screen';
export { FollowUpCalendarScreen } from '../durable-solutions-plan/follow-up-calendar-screen';
