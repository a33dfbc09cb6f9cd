import type { ColumnType, Generated } from 'kysely';

/** The `settings` schema (migrations/0001_settings.sql): one row of store settings. */
export interface SettingsTables {
  'settings.store': {
    id: Generated<number>;
    /** jsonb: values missing here take their typed defaults in code; written as JSON text. */
    data: ColumnType<Record<string, unknown>, string | undefined, string>;
    version: Generated<number>;
    updated_at: ColumnType<Date, Date | undefined, Date>;
  };
}
