import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The compute subgraph's hardware catalog (devices from the catalog file and those operators
 * add), consortiums' workloads and their hardware plans. Consortiums are referred to by id only:
 * the consortia subgraph owns them.
 */
export class Hardware1764700000000 implements MigrationInterface {
  name = 'Hardware1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE compute.hardware_profiles (
        id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(id) <= 80),
        name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        vendor      text NOT NULL CHECK (char_length(vendor) BETWEEN 1 AND 100),
        category    text NOT NULL CHECK (category IN ('PIM','NPU','GPU','EDGE')),
        spec        jsonb NOT NULL CHECK (jsonb_typeof(spec) = 'object'),
        origin      text NOT NULL CHECK (origin IN ('CATALOG','OPERATOR')),
        added_by    uuid,
        retired_at  timestamptz,
        retired_by  uuid,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX hardware_profiles_category_idx ON compute.hardware_profiles (category, name) WHERE retired_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX hardware_profiles_name_trgm_idx ON compute.hardware_profiles USING gin (name gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE compute.workloads (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id      uuid NOT NULL,
        name               text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        family             text NOT NULL CHECK (family IN (
                             'CNN_VISION','TRANSFORMER_ENCODER','LLM_DECODE','RECOMMENDATION','TIME_SERIES')),
        parameters         double precision NOT NULL CHECK (parameters > 0 AND parameters <= 2e12),
        precision          text NOT NULL CHECK (precision IN ('FP32','TF32','FP16','BF16','FP8','INT8','INT4')),
        batch              integer NOT NULL CHECK (batch BETWEEN 1 AND 4096),
        input_size         integer CHECK (input_size > 0),
        latency_target_ms  double precision CHECK (latency_target_ms >= 0.01),
        throughput_target  double precision CHECK (throughput_target > 0),
        power_budget_w     double precision CHECK (power_budget_w > 0),
        site               text NOT NULL CHECK (site IN ('EDGE','ON_PREMISES','CENTER')),
        residency          text NOT NULL CHECK (residency IN ('ANY','KOREA','ON_SITE')),
        created_by         uuid,
        created_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT workloads_id_consortium_key UNIQUE (id, consortium_id),
        CONSTRAINT workloads_residency_site CHECK (NOT (residency = 'ON_SITE' AND site = 'CENTER'))
      )`);
    await q.query(
      `CREATE INDEX workloads_consortium_idx ON compute.workloads (consortium_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE compute.hardware_plan_entries (
        workload_id   uuid PRIMARY KEY,
        consortium_id uuid NOT NULL,
        device_id     text NOT NULL REFERENCES compute.hardware_profiles(id),
        devices       integer NOT NULL CHECK (devices BETWEEN 1 AND 64),
        chosen_by     uuid,
        chosen_at     timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (workload_id, consortium_id) REFERENCES compute.workloads(id, consortium_id)
      )`);
    await q.query(
      `CREATE INDEX hardware_plan_entries_consortium_idx ON compute.hardware_plan_entries (consortium_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE compute.hardware_plan_entries`);
    await q.query(`DROP TABLE compute.workloads`);
    await q.query(`DROP TABLE compute.hardware_profiles`);
  }
}
