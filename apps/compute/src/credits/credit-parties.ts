import { Injectable } from '@nestjs/common';
import { type Reservation } from '@vcp/compute/reservations';
import { PlatformRole, type UserPrincipal } from '@vcp/platform/auth';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@vcp/platform/graphql';
import type { Request } from 'express';
import { ConsortiumAccess, ConsortiumAccessClient } from '../hardware/consortium-access.client';
import { certifiedIntegratorProblem, creditHolderProblem } from './organization-rules';

export const isOperator = (user: UserPrincipal): boolean =>
  user.roles.includes(PlatformRole.OPERATOR);

/**
 * Who the parties to a credit movement are, from the consortia subgraph's directory (asked with
 * the caller's own credentials): the checks the compute subgraph makes before the ledger and
 * reservation services, which enforce the money rules themselves.
 */
@Injectable()
export class CreditParties {
  constructor(private readonly directory: ConsortiumAccessClient) {}

  /** The caller's organisation; FORBIDDEN for a person who belongs to none. */
  organizationOf(user: UserPrincipal, doing: string): string {
    if (user.organizationId) return user.organizationId;
    throw new ForbiddenError(
      `Only people of an organisation can ${doing}; your account belongs to none.`,
    );
  }

  /** Credits go only to SMEs outside large business groups (BAD_USER_INPUT, rule CREDIT_RECIPIENT). */
  async assertCreditRecipient(
    req: Request,
    organizationId: string,
    field = 'organizationId',
  ): Promise<void> {
    const problem = creditHolderProblem(
      await this.directory.organizationFactsOf(req, organizationId),
    );
    if (!problem) return;
    throw new BadUserInputError(
      `${problem}; compute credits go only to SMEs outside large business groups.`,
      { rule: 'CREDIT_RECIPIENT', fields: [{ field, message: problem }] },
    );
  }

  /**
   * A mandate: the caller's own organisation, an SME, grants it to a certified integrator whose
   * certification has not expired. Returns the SME's id.
   */
  async mandateParties(
    req: Request,
    user: UserPrincipal,
    integratorOrganizationId: string,
  ): Promise<string> {
    const smeId = this.organizationOf(user, 'grant mandates');
    // Letting an integrator spend the firm's credits is the SME's admins' decision.
    if (!user.roles.includes(PlatformRole.SME_ADMIN)) {
      throw new ForbiddenError(
        "Only an SME's admins (role SME_ADMIN) mandate integrators to spend its credits.",
      );
    }
    const [sme, integrator] = await this.directory.organizationFacts(req, [
      smeId,
      integratorOrganizationId,
    ]);
    const smeProblem = creditHolderProblem(sme);
    if (smeProblem) {
      throw new ForbiddenError(
        `Only an SME's people mandate integrators to spend its credits; ${smeProblem}.`,
      );
    }
    const integratorProblem = certifiedIntegratorProblem(integrator);
    if (integratorProblem) {
      throw new BadUserInputError(
        `${integratorProblem}; mandates go only to certified integrators with a valid certification.`,
        {
          rule: 'MANDATE_INTEGRATOR',
          fields: [{ field: 'integratorOrganizationId', message: integratorProblem }],
        },
      );
    }
    return smeId;
  }

  /**
   * A hold: the caller's organisation is the integrator (certified, not expired), may act for the
   * consortium (anything but the public; an integrator partner is a MEMBER), and the beneficiary
   * is an SME outside large business groups. Returns the integrator's id.
   */
  async holdParties(
    req: Request,
    user: UserPrincipal,
    hold: { consortiumId: string; beneficiaryOrganizationId: string },
  ): Promise<string> {
    const integratorId = this.organizationOf(user, 'place reservations');
    const [[integrator, beneficiary], level] = await Promise.all([
      this.directory.organizationFacts(req, [integratorId, hold.beneficiaryOrganizationId]),
      this.directory.levelOf(req, hold.consortiumId),
    ]);
    const integratorProblem = certifiedIntegratorProblem(integrator);
    if (integratorProblem) {
      throw new ForbiddenError(
        `Only certified integrators with a valid certification place reservations; ${integratorProblem}.`,
      );
    }
    if (level === ConsortiumAccess.PUBLIC) {
      throw new ForbiddenError(
        "Only the consortium's member organisations, its people and program operators can reserve compute for it.",
      );
    }
    const beneficiaryProblem = creditHolderProblem(beneficiary);
    if (beneficiaryProblem) {
      throw new BadUserInputError(
        `${beneficiaryProblem}; reservations are paid only from the credits of SMEs outside large business groups.`,
        {
          rule: 'CREDIT_RECIPIENT',
          fields: [{ field: 'beneficiaryOrganizationId', message: beneficiaryProblem }],
        },
      );
    }
    // The SME must belong to the consortium, so no consortium's cap or capacity is booked for another's firm.
    if (
      !(await this.directory.isActiveSmeMember(
        req,
        hold.consortiumId,
        hold.beneficiaryOrganizationId,
      ))
    ) {
      throw new BadUserInputError(
        'The beneficiary is not an active SME member of that consortium.',
        {
          rule: 'BENEFICIARY_IN_CONSORTIUM',
          fields: [{ field: 'beneficiaryOrganizationId', message: 'not an active SME member' }],
        },
      );
    }
    return integratorId;
  }

  /** What the reservation service needs to hear about a confirming integrator. */
  async integratorStanding(
    req: Request,
    user: UserPrincipal,
  ): Promise<{ organizationId: string; certified: boolean }> {
    const organizationId = this.organizationOf(user, 'confirm reservations');
    const facts = await this.directory.organizationFactsOf(req, organizationId);
    return { organizationId, certified: certifiedIntegratorProblem(facts) === null };
  }

  /** The placing integrator, the beneficiary's people and operators read a reservation. */
  canRead(user: UserPrincipal, reservation: Reservation): boolean {
    return (
      isOperator(user) ||
      (user.organizationId !== null &&
        (user.organizationId === reservation.integratorOrganizationId ||
          user.organizationId === reservation.beneficiaryOrganizationId))
    );
  }

  /** A reservation the caller may not read answers as one that does not exist. */
  assertCanRead(user: UserPrincipal, reservation: Reservation): void {
    if (!this.canRead(user, reservation)) throw new NotFoundError('Reservation', reservation.id);
  }

  /** Cancelling: the integrator that placed it, or a program operator. */
  assertCanCancel(user: UserPrincipal, reservation: Reservation): void {
    this.assertCanRead(user, reservation);
    if (isOperator(user) || user.organizationId === reservation.integratorOrganizationId) return;
    throw new ForbiddenError(
      'Only the integrator that placed the reservation, or a program operator, can cancel it.',
    );
  }
}
