import { graphql } from '../../../gql';

export const PROGRAM_FIGURES = graphql(`
  query ProgramFigures {
    computeAdoption {
      registeredSmes
      smesWithCompletedReservation
      share
      target
    }
    nationalEngagementFigures {
      engagedResearchers
      target
      byVertical {
        key
        researchers
      }
      byRegion {
        key
        researchers
      }
    }
    creditFigures {
      issued
      redeemed
      expired
      forfeited
    }
    verticals {
      code
      name
    }
  }
`);

/** Eight consecutive weeks of utilization per pool, oldest first (w0 … w7), and the pools' names. */
export const UTILIZATION_OVER_TIME = graphql(`
  query UtilizationOverTime(
    $f0: DateTime!
    $f1: DateTime!
    $f2: DateTime!
    $f3: DateTime!
    $f4: DateTime!
    $f5: DateTime!
    $f6: DateTime!
    $f7: DateTime!
    $to: DateTime!
  ) {
    computePools {
      id
      name
    }
    w0: computeUtilization(by: POOL, from: $f0, to: $f1) {
      ...UtilizationFigures
    }
    w1: computeUtilization(by: POOL, from: $f1, to: $f2) {
      ...UtilizationFigures
    }
    w2: computeUtilization(by: POOL, from: $f2, to: $f3) {
      ...UtilizationFigures
    }
    w3: computeUtilization(by: POOL, from: $f3, to: $f4) {
      ...UtilizationFigures
    }
    w4: computeUtilization(by: POOL, from: $f4, to: $f5) {
      ...UtilizationFigures
    }
    w5: computeUtilization(by: POOL, from: $f5, to: $f6) {
      ...UtilizationFigures
    }
    w6: computeUtilization(by: POOL, from: $f6, to: $f7) {
      ...UtilizationFigures
    }
    w7: computeUtilization(by: POOL, from: $f7, to: $to) {
      ...UtilizationFigures
    }
  }
`);

export const UTILIZATION_FIGURES = graphql(`
  fragment UtilizationFigures on ComputeUtilization {
    key
    reservedDeviceHours
    usedDeviceHours
    utilization
  }
`);

export const UTILIZATION_BY = graphql(`
  query UtilizationBy($by: UtilizationGrouping!, $from: DateTime!, $to: DateTime!) {
    computeUtilization(by: $by, from: $from, to: $to) {
      ...UtilizationFigures
    }
  }
`);
