export { ActorType, AuditEntityType, AuditEventEntity } from './audit-event.entity';
export {
  actorOf,
  AuditLogService,
  type Actor,
  type AuditEntry,
  type AuditFilter,
} from './audit-log.service';
export { AuditModule } from './audit.module';
