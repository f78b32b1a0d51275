/**
 * The report format: one zod schema that is both the TypeScript type and the JSON Schema shipped
 * at schema/report.schema.json (scripts/gen-report-schema.ts). Versioned by `schemaVersion`.
 */
import { z } from 'zod';
import { FLAGS } from '../analysis/flags';
import { LOCALES } from '../locale';
import { PERSONAS } from '../scenario/schema';
import { AGENT_ACTIONS } from '../session/contract';
import { DIMENSIONS, RULES } from '../scoring/rules';

export const REPORT_SCHEMA_VERSION = 1;

const OUTCOMES = ['paid', 'unpaid', 'left', 'leftAngry', 'complaint'] as const;
const MOODS = ['happy', 'neutral', 'impatient', 'angry', 'gone'] as const;
const MODES = ['practice', 'shift', 'exam', 'double11'] as const;

const Span = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) });
const Params = z.record(z.string(), z.union([z.string(), z.number()]));

export const ScoresSchema = z
  .strictObject({
    responseTime: z.number().min(0).max(100),
    courtesy: z.number().min(0).max(100),
    objectionHandling: z.number().min(0).max(100),
    closing: z.number().min(0).max(100),
    overall: z.number().min(0).max(100),
  })
  .describe('Scores 0..100 of the four dimensions and the weighted overall score.');

const nullableNumber = z.number().nullable();

export const KpisSchema = z.strictObject({
  firstResponseSeconds: nullableNumber,
  averageResponseSeconds: nullableNumber,
  threeMinuteRate: nullableNumber,
  inquiryConversion: nullableNumber.describe('询单转化率: buyers who paid / buyers who asked.'),
  averageOrderValue: nullableNumber,
  discountGiven: z.number(),
  answerToQuestionRatio: nullableNumber.describe('答问比: agent messages / buyer messages.'),
  agentMessages: z.number().int().min(0),
  buyerMessages: z.number().int().min(0),
  abandonedChats: z.number().int().min(0),
  outcomes: z.strictObject({
    paid: z.number().int().min(0),
    unpaid: z.number().int().min(0),
    left: z.number().int().min(0),
    leftAngry: z.number().int().min(0),
    complaint: z.number().int().min(0),
  }),
});

const ruleIds = Object.keys(RULES) as [keyof typeof RULES, ...(keyof typeof RULES)[]];

export const AnnotationSchema = z.strictObject({
  ruleId: z.enum(ruleIds),
  dimension: z.enum(DIMENSIONS),
  points: z.number(),
  messageId: z.string(),
  buyerId: z.string(),
  coachingKey: z.string().describe('i18n key of the coaching text (namespace "coaching").'),
  seed: z.string().describe('The seed passage the rule comes from.'),
  spans: z.array(Span).optional(),
  params: Params.optional(),
});

export const TranscriptEntrySchema = z.strictObject({
  messageId: z.string(),
  buyerId: z.string(),
  from: z.enum(['buyer', 'agent', 'system']),
  t: z.number().min(0).describe('ms since the session start'),
  lineId: z.string().optional(),
  source: z.enum(['scenario', 'bank']).optional(),
  beatId: z.string().optional(),
  text: z.string().optional(),
  params: Params.optional(),
  flags: z.array(z.enum(FLAGS)).optional(),
  spans: z.partialRecord(z.enum(FLAGS), z.array(Span)).optional(),
  facts: z.strictObject({ stated: z.array(z.string()), wrong: z.array(z.string()) }).optional(),
  action: z.enum(AGENT_ACTIONS).optional(),
  hintKey: z.string().optional(),
});

export const OrderSchema = z.strictObject({
  status: z.enum(['placed', 'paid']),
  price: z.number(),
  quantity: z.number(),
  discount: z.number(),
  freeShipping: z.boolean(),
  giftIds: z.array(z.string()),
  beyondAuthority: z.boolean().optional(),
});

export const BuyerReportSchema = z.strictObject({
  buyerId: z.string(),
  name: z.string(),
  persona: z.enum(PERSONAS),
  productId: z.string(),
  budget: z.number(),
  hiddenMotive: z.string(),
  arrivedAt: z.number().nullable(),
  leftAt: z.number().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  gauges: z
    .strictObject({ patience: z.number(), trust: z.number(), intent: z.number() })
    .nullable(),
  mood: z.enum(MOODS).nullable(),
  order: OrderSchema.nullable(),
  scores: ScoresSchema,
  kpis: KpisSchema,
});

export const HintSchema = z.strictObject({
  messageId: z.string(),
  buyerId: z.string(),
  t: z.number(),
  hintKey: z.string(),
  beatId: z.string().optional(),
});

export const ReportSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    scenarioId: z.string(),
    title: z.string(),
    locale: z.enum(LOCALES),
    seed: z.number().int().min(0),
    mode: z.enum(MODES),
    durationMs: z.number().min(0),
    weights: z.strictObject({
      responseTime: z.number(),
      courtesy: z.number(),
      objectionHandling: z.number(),
      closing: z.number(),
    }),
    session: z.strictObject({ scores: ScoresSchema, kpis: KpisSchema }),
    buyers: z
      .array(BuyerReportSchema)
      .describe('Per buyer: the reveal (persona, budget, motive), outcome, scores, KPIs.'),
    annotations: z.array(AnnotationSchema),
    transcript: z.array(TranscriptEntrySchema),
    hints: z.array(HintSchema),
  })
  .describe('A Kefu Dojo session report.');

export type Report = z.infer<typeof ReportSchema>;
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;
export type BuyerReport = z.infer<typeof BuyerReportSchema>;

/** The JSON Schema (draft 2020-12) of the report, as shipped in schema/report.schema.json. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }),
    $id: 'https://kefu-dojo.local/schema/report.schema.json',
    title: 'Kefu Dojo session report',
  };
}

/** The text of schema/report.schema.json: pretty JSON with a final newline. */
export function reportJsonSchemaText(): string {
  return JSON.stringify(reportJsonSchema(), null, 2) + '\n';
}
