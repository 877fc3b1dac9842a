import { SafeInt } from '@vcp/platform/graphql';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { type LedgerReport } from '@vcp/compute/ledger';

@ObjectType('LedgerReport', {
  description: 'Every ledger invariant checked from the entries up; ok when none is broken.',
})
export class LedgerReportModel {
  @Field()
  ok!: boolean;

  @Field(() => Int)
  accounts!: number;

  @Field(() => Int)
  transactions!: number;

  @Field(() => Int)
  entries!: number;

  @Field(() => SafeInt, { description: 'Sum of every entry: zero when the books balance.' })
  total!: number;

  @Field(() => [String], { description: 'Transactions whose entries do not sum to zero.' })
  unbalancedTransactions!: string[];

  @Field(() => [String], { description: 'Accounts other than the treasury below zero.' })
  negativeBalances!: string[];

  @Field(() => [String], {
    description: 'Accounts whose kept balance differs from the sum of their entries.',
  })
  balanceMismatches!: string[];

  @Field(() => [String], {
    description: 'Grants whose remaining credit differs from the sum of their entries.',
  })
  grantMismatches!: string[];

  static from(report: LedgerReport): LedgerReportModel {
    return Object.assign(new LedgerReportModel(), {
      ok: report.ok,
      accounts: report.accounts,
      transactions: report.transactions,
      entries: report.entries,
      total: report.total,
      unbalancedTransactions: report.unbalancedTransactions,
      negativeBalances: report.negativeBalances,
      balanceMismatches: report.balanceMismatches,
      grantMismatches: report.grantMismatches,
    });
  }
}
