import { Field, Float, ObjectType } from '@nestjs/graphql';
import {
  type Device,
  type Figure,
  type FigureSource,
  type HardwareProfileEntity,
} from '@vcp/compute/hardware';
import { ConnectionType } from '@vcp/platform/graphql';
import { DeviceCategory, PeakUnit, Precision, ProfileOrigin, Site } from '../hardware-enums';

const INTEGER_PRECISIONS: ReadonlySet<Precision> = new Set([Precision.INT8, Precision.INT4]);
const PRECISION_ORDER = Object.values(Precision);

@ObjectType('FigureSource', { description: 'The published document a figure comes from.' })
export class FigureSourceModel {
  @Field({ description: 'The source’s id within its device.' })
  id!: string;

  @Field({ description: 'Datasheet, whitepaper, paper or press release.' })
  document!: string;

  @Field()
  url!: string;

  @Field({ description: 'When it was published or read, YYYY-MM-DD.' })
  asOf!: string;

  static from(source: FigureSource): FigureSourceModel {
    return Object.assign(new FigureSourceModel(), {
      id: source.id,
      document: source.document,
      url: source.url,
      asOf: source.asOf,
    });
  }
}

@ObjectType('Figure', { description: 'A published figure and where it comes from.' })
export class FigureModel {
  @Field(() => Float)
  value!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why the figure is what it is (e.g. "per card of 4 chips").',
  })
  note!: string | null;

  @Field(() => FigureSourceModel)
  source!: FigureSourceModel;
}

@ObjectType('PeakFigure', { description: 'Dense peak throughput at one precision.' })
export class PeakFigureModel extends FigureModel {
  @Field(() => Precision)
  precision!: Precision;

  @Field(() => PeakUnit, { description: 'TFLOPS for floating point, TOPS for integers.' })
  unit!: PeakUnit;
}

@ObjectType('HardwareProfile', {
  description: 'A device of the hardware catalog, every figure with its published source.',
})
export class HardwareProfileModel {
  @Field({ description: "Stable, kebab-case: 'nvidia-h100-sxm'." })
  id!: string;

  @Field()
  name!: string;

  @Field()
  vendor!: string;

  @Field(() => DeviceCategory)
  category!: DeviceCategory;

  @Field({ description: "e.g. 'SXM5 module', 'PCIe card', 'M.2 module', 'DIMM'." })
  formFactor!: string;

  @Field(() => [Site])
  sites!: Site[];

  @Field(() => [PeakFigureModel], { description: 'One figure per supported precision.' })
  peaks!: PeakFigureModel[];

  @Field(() => FigureModel, { description: 'Memory the model and activations live in, GB.' })
  memoryGb!: FigureModel;

  @Field(() => FigureModel, { description: 'External memory bandwidth, GB/s.' })
  memoryBandwidthGBps!: FigureModel;

  @Field(() => FigureModel, {
    nullable: true,
    description: 'PIM only: the bandwidth the in-memory compute units see, GB/s.',
  })
  internalBandwidthGBps!: FigureModel | null;

  @Field(() => FigureModel, { description: 'Board or module power (TDP/TBP), W.' })
  powerW!: FigureModel;

  @Field(() => [FigureSourceModel])
  sources!: FigureSourceModel[];

  @Field(() => ProfileOrigin)
  origin!: ProfileOrigin;

  @Field(() => Date, {
    nullable: true,
    description: 'Out of matching and new plans since; plans that chose it keep it.',
  })
  retiredAt!: Date | null;

  static from(entity: HardwareProfileEntity): HardwareProfileModel {
    const spec = entity.spec;
    const figure = figureReader(spec);
    return Object.assign(new HardwareProfileModel(), {
      id: entity.id,
      name: entity.name,
      vendor: entity.vendor,
      category: entity.category,
      formFactor: spec.formFactor,
      sites: spec.sites,
      peaks: PRECISION_ORDER.flatMap((precision) => {
        const peak = spec.peak[precision];
        if (!peak) return [];
        return [
          Object.assign(new PeakFigureModel(), figure(peak), {
            precision,
            unit: INTEGER_PRECISIONS.has(precision) ? PeakUnit.TOPS : PeakUnit.TFLOPS,
          }),
        ];
      }),
      memoryGb: figure(spec.memoryGb),
      memoryBandwidthGBps: figure(spec.memoryBandwidthGBps),
      internalBandwidthGBps: spec.internalBandwidthGBps ? figure(spec.internalBandwidthGBps) : null,
      powerW: figure(spec.powerW),
      sources: spec.sources.map(FigureSourceModel.from),
      origin: entity.origin,
      retiredAt: entity.retiredAt,
    });
  }
}

/** Figures name their source by id; validation guarantees the id is among the device's sources. */
function figureReader(spec: Device): (figure: Figure) => FigureModel {
  const sources = new Map(spec.sources.map((source) => [source.id, source]));
  return (figure) => {
    const source = sources.get(figure.source);
    if (!source) throw new Error(`Device ${spec.id} names an unknown source ${figure.source}`);
    return Object.assign(new FigureModel(), {
      value: figure.value,
      note: figure.note ?? null,
      source: FigureSourceModel.from(source),
    });
  };
}

@ObjectType()
export class HardwareProfileConnection extends ConnectionType(
  HardwareProfileModel,
  'HardwareProfile',
) {}
