import { type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { type Principal } from '../principal';

export type PrincipalRequest = Request & { user?: Principal };

/** The HTTP request behind a GraphQL resolver or a REST handler. */
export function requestOf(context: ExecutionContext): PrincipalRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: PrincipalRequest }>().req;
  }
  return context.switchToHttp().getRequest<PrincipalRequest>();
}
