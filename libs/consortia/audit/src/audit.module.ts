import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditLogService } from './audit-log.service';

/** The consortia audit log; other modules record through AuditLogService only. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditLogService],
  exports: [AuditLogService],
})
export class AuditModule {}
