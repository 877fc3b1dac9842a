import { Module } from '@nestjs/common';
import { OutboxService } from './outbox.service';

/** The transactional outbox; domain modules record their events through OutboxService only. */
@Module({ providers: [OutboxService], exports: [OutboxService] })
export class EventsModule {}
