/**
 * Whether a roster line is on duty at an instant: the one definition, the SQL function `enlace_on_duty` created by
 * Migration20261204125007DutyRoster. The day and time are taken in the line's own time zone; a shift whose end
 * is not after its start runs past midnight into the next day (it is on duty after midnight when it started on
 * one of its days the day before).
 *
 * The SQL that asks the function about a row of `duty_contact` under `alias`, at `instant` (an SQL expression). */
export function onDutySql(alias: string, instant: string): string {
  return `enlace_on_duty(${alias}.always_on, ${alias}.days, ${alias}.start_minute, ${alias}.end_minute, ${alias}.time_zone, ${instant})`;
}
