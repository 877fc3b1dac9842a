import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** A consortium's reservations are read by their start (its lead's compute use). */
export class ReservationsByConsortium1765450000000 implements MigrationInterface {
  name = 'ReservationsByConsortium1765450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX reservations_consortium_idx ON compute.reservations (consortium_id, starts_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX compute.reservations_consortium_idx`);
  }
}
