import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal } from '@vcp/platform/auth';
import { returnedRows, sqlState } from '@vcp/platform/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@vcp/platform/graphql';
import { type DataSource, type EntityManager } from 'typeorm';

export interface Mandate {
  id: string;
  smeOrganizationId: string;
  integratorOrganizationId: string;
  capCredits: number;
  spentCredits: number;
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
}

const MANDATE_COLUMNS = `id, sme_organization_id AS "smeOrganizationId",
  integrator_organization_id AS "integratorOrganizationId", cap_credits::float8 AS "capCredits",
  spent_credits::float8 AS "spentCredits", expires_at AS "expiresAt", revoked_at AS "revokedAt",
  created_at AS "createdAt"`;

/** An SME's authorisation for one integrator to spend its credits, up to a cap, until a date. */
@Injectable()
export class MandatesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async grant(
    mandate: {
      smeOrganizationId: string;
      integratorOrganizationId: string;
      capCredits: number;
      expiresAt: Date;
    },
    by: Principal | null,
  ): Promise<Mandate> {
    if (
      !Number.isSafeInteger(mandate.capCredits) ||
      mandate.capCredits < 1 ||
      mandate.capCredits > 1_000_000_000
    ) {
      throw new BadUserInputError(
        'capCredits must be a whole number of credits from 1 to 1,000,000,000.',
        {
          rule: 'MANDATE_CAP',
          fields: [{ field: 'capCredits', message: '1 to 1,000,000,000' }],
        },
      );
    }
    if (mandate.expiresAt.getTime() <= Date.now()) {
      throw new BadUserInputError('A mandate must expire in the future.', {
        rule: 'MANDATE_EXPIRY',
        fields: [{ field: 'expiresAt', message: 'in the future' }],
      });
    }
    if (mandate.smeOrganizationId === mandate.integratorOrganizationId) {
      throw new BadUserInputError('An organisation cannot mandate itself.', {
        rule: 'MANDATE_PARTIES',
      });
    }
    try {
      const [row] = await this.db.query<Mandate[]>(
        `INSERT INTO compute.mandates (sme_organization_id, integrator_organization_id, cap_credits, expires_at, granted_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${MANDATE_COLUMNS}`,
        [
          mandate.smeOrganizationId,
          mandate.integratorOrganizationId,
          mandate.capCredits,
          mandate.expiresAt,
          by?.kind === 'user' ? by.userId : null,
        ],
      );
      return row;
    } catch (error) {
      if (sqlState(error) === '23505') {
        throw new ConflictError(
          'This integrator already holds a live mandate from this SME; revoke it first.',
          {
            rule: 'ONE_LIVE_MANDATE',
          },
        );
      }
      throw error;
    }
  }

  async revoke(mandateId: string, smeOrganizationId: string): Promise<Mandate> {
    const [row] = returnedRows<Mandate>(
      await this.db.query(
        `UPDATE compute.mandates SET revoked_at = now()
          WHERE id = $1 AND sme_organization_id = $2 AND revoked_at IS NULL RETURNING ${MANDATE_COLUMNS}`,
        [mandateId, smeOrganizationId],
      ),
    );
    if (!row) throw new NotFoundError('Live mandate of this SME', mandateId);
    return row;
  }

  /**
   * Takes `credits` out of the live mandate between the SME and the integrator, inside the caller's
   * transaction; refuses when there is none, it lapsed, or the cap would be passed.
   */
  async drawWithin(
    manager: EntityManager,
    smeOrganizationId: string,
    integratorOrganizationId: string,
    credits: number,
  ): Promise<Mandate> {
    const [mandate] = await manager.query<Mandate[]>(
      `SELECT ${MANDATE_COLUMNS} FROM compute.mandates
        WHERE sme_organization_id = $1 AND integrator_organization_id = $2 AND revoked_at IS NULL
        FOR UPDATE`,
      [smeOrganizationId, integratorOrganizationId],
    );
    if (!mandate) {
      throw new ConflictError(
        'The SME has given this integrator no live mandate to spend its credits.',
        {
          rule: 'MANDATE_REQUIRED',
        },
      );
    }
    if (mandate.expiresAt <= new Date()) {
      throw new ConflictError(`The SME's mandate expired on ${mandate.expiresAt.toISOString()}.`, {
        rule: 'MANDATE_EXPIRED',
      });
    }
    if (mandate.spentCredits + credits > mandate.capCredits) {
      throw new ConflictError(
        `The mandate allows ${mandate.capCredits - mandate.spentCredits} more credits (cap ${mandate.capCredits}, spent ${mandate.spentCredits}); this needs ${credits}.`,
        { rule: 'MANDATE_CAP' },
      );
    }
    await manager.query(
      `UPDATE compute.mandates SET spent_credits = spent_credits + $2 WHERE id = $1`,
      [mandate.id, credits],
    );
    return mandate;
  }

  /** Gives refunded credits back to the mandate's allowance. */
  async restoreWithin(manager: EntityManager, mandateId: string, credits: number): Promise<void> {
    await manager.query(
      `UPDATE compute.mandates SET spent_credits = greatest(spent_credits - $2, 0) WHERE id = $1`,
      [mandateId, credits],
    );
  }

  async forSme(smeOrganizationId: string): Promise<Mandate[]> {
    return this.db.query<Mandate[]>(
      `SELECT ${MANDATE_COLUMNS} FROM compute.mandates WHERE sme_organization_id = $1 ORDER BY created_at DESC LIMIT 200`,
      [smeOrganizationId],
    );
  }

  /** The live mandates SMEs granted an integrator (not revoked, not expired), soonest expiry first. */
  async liveForIntegrator(integratorOrganizationId: string): Promise<Mandate[]> {
    return this.db.query<Mandate[]>(
      `SELECT ${MANDATE_COLUMNS} FROM compute.mandates
        WHERE integrator_organization_id = $1 AND revoked_at IS NULL AND expires_at > now()
        ORDER BY expires_at LIMIT 200`,
      [integratorOrganizationId],
    );
  }
}
