import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An industry vertical consortiums are organised by; the list is data, not code. */
@Entity({ schema: 'consortia', name: 'verticals' })
export class VerticalEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  description!: string;
}
