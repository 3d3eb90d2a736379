using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Serialization;
using AiRace.Core.Text;

namespace AiRace.Core.Data;

/// <summary>Writes a <see cref="PolicyDataset"/> in the dataset format that <see cref="PolicyData"/> reads, so that a
/// merged or edited dataset can be saved and loaded again without loss.</summary>
internal static class PolicyDataWriter
{
    public static void Write(PolicyDataset dataset, Stream utf8Json, bool indented)
    {
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("$schema", "./policy-dataset.schema.json");
        writer.WriteNumber("formatVersion", 1);
        Optional(writer, "version", dataset.Version);
        if (dataset.AsOf.IsKnown)
        {
            writer.WriteString("asOf", dataset.AsOf.ToString());
        }

        Array(writer, "sources", dataset.Sources, WriteSource);
        Array(writer, "jurisdictions", dataset.Jurisdictions, WriteJurisdiction);
        Array(writer, "actors", dataset.Actors, WriteActor);
        Array(writer, "metrics", dataset.Metrics, WriteMetric);
        Array(writer, "programmes", dataset.Programmes, WriteProgramme);
        Array(writer, "targets", dataset.Targets, WriteTarget);
        Array(writer, "indicators", dataset.Indicators, WriteIndicator);
        Array(writer, "claims", dataset.Claims, WriteClaim);
        Array(writer, "ambiguities", dataset.Ambiguities, WriteAmbiguity);
        if (dataset.Overlaps.Count > 0)
        {
            Array(writer, "overlaps", dataset.Overlaps, WriteOverlap);
        }

        writer.WriteEndObject();
    }

    /// <summary>One fact as a JSON object in the dataset format (what the fact's reader reads).</summary>
    public static byte[] FactJson(object fact)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            switch (fact)
            {
                case Source source: WriteSource(writer, source); break;
                case Jurisdiction jurisdiction: WriteJurisdiction(writer, jurisdiction); break;
                case Actor actor: WriteActor(writer, actor); break;
                case Metric metric: WriteMetric(writer, metric); break;
                case Programme programme: WriteProgramme(writer, programme); break;
                case Allocation part: WritePart(writer, part); break;
                case Target target: WriteTarget(writer, target); break;
                case Indicator indicator: WriteIndicator(writer, indicator); break;
                case Claim claim: WriteClaim(writer, claim); break;
                case Ambiguity ambiguity: WriteAmbiguity(writer, ambiguity); break;
                case ProgrammeOverlap overlap: WriteOverlap(writer, overlap); break;
                default: throw new ArgumentException($"Not a fact: {fact.GetType().Name}.", nameof(fact));
            }
        }

        return buffer.ToArray();
    }

    private static void Array<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (T item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Sources(Utf8JsonWriter writer, IReadOnlyList<SourceReference> sources)
    {
        Array(writer, "sources", sources, (w, r) =>
        {
            w.WriteStartObject();
            w.WriteString("source", r.SourceId);
            w.WriteString("quote", r.Quote);
            Optional(w, "locator", r.Locator);
            w.WriteEndObject();
        });
    }

    private static void Inferred(Utf8JsonWriter writer, IReadOnlyList<Inference> inferences)
    {
        if (inferences.Count > 0)
        {
            Array(writer, "inferred", inferences, (w, i) =>
            {
                w.WriteStartObject();
                w.WriteString("field", i.Field);
                w.WriteString("reason", i.Reason);
                w.WriteEndObject();
            });
        }
    }

    private static void WriteSource(Utf8JsonWriter w, Source s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        Optional(w, "title", s.Title);
        Optional(w, "publisher", s.Publisher);
        Optional(w, "author", s.Author);
        Optional(w, "url", s.Url?.OriginalString);
        w.WriteString("published", s.Published.ToString());
        w.WriteString("locator", s.Locator);
        w.WriteString("confidence", JsonNames<Confidence>.Name(s.Confidence));
        Optional(w, "note", s.Note);
        w.WriteEndObject();
    }

    private static void WriteJurisdiction(Utf8JsonWriter w, Jurisdiction j)
    {
        w.WriteStartObject();
        w.WriteString("id", j.Id);
        w.WriteString("kind", JsonNames<JurisdictionKind>.Name(j.Kind));
        w.WriteString("name", j.Name);
        Optional(w, "parent", j.ParentId);
        if (j.Sources.Count > 0)
        {
            Sources(w, j.Sources);
        }

        Inferred(w, j.Inferences);
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, Actor a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("name", a.Name);
        w.WriteString("kind", JsonNames<ActorKind>.Name(a.Kind));
        Optional(w, "jurisdiction", a.JurisdictionId);
        Optional(w, "affiliation", a.AffiliationId);
        Optional(w, "role", a.Role);
        Inferred(w, a.Inferences);
        Sources(w, a.Sources);
        w.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter w, Metric m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.WriteString("name", m.Name);
        w.WriteString("valueKind", JsonNames<MetricValueKind>.Name(m.ValueKind));
        Optional(w, "description", m.Description);
        w.WriteEndObject();
    }

    private static void WriteAmount(Utf8JsonWriter w, string name, ReportedAmount amount)
    {
        w.WritePropertyName(name);
        JsonValueWriter.Write(w, amount);
    }

    private static void WritePeriod(Utf8JsonWriter w, Period period)
    {
        w.WriteStartObject("period");
        if (period.Start.IsKnown)
        {
            w.WriteString("start", period.Start.ToString());
        }

        if (period.End.IsKnown)
        {
            w.WriteString("end", period.End.ToString());
        }

        if (period.Length is DurationRange length)
        {
            w.WritePropertyName("length");
            JsonValueWriter.Write(w, length);
        }

        w.WriteEndObject();
    }

    private static void WriteProgramme(Utf8JsonWriter w, Programme p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("name", p.Name);
        Optional(w, "description", p.Description);
        w.WriteString("sponsorKind", JsonNames<SponsorKind>.Name(p.SponsorKind));
        w.WriteString("jurisdiction", p.JurisdictionId);
        if (p.Actors.Count > 0)
        {
            Array(w, "actors", p.Actors, (w2, a) =>
            {
                w2.WriteStartObject();
                w2.WriteString("actor", a.ActorId);
                w2.WriteString("role", a.Role);
                w2.WriteEndObject();
            });
        }

        Array(w, "instruments", p.Instruments, (w2, i) => w2.WriteStringValue(JsonNames<Instrument>.Name(i)));
        if (p.StatusHistory.Count > 0)
        {
            Array(w, "status", p.StatusHistory, (w2, s) =>
            {
                w2.WriteStartObject();
                w2.WriteString("status", JsonNames<ProgrammeStatus>.Name(s.Status));
                w2.WriteString("date", s.Date.ToString());
                Sources(w2, s.Sources);
                w2.WriteEndObject();
            });
        }

        if (p.Period is not null)
        {
            WritePeriod(w, p.Period);
        }

        if (p.Headline is not null)
        {
            WriteAmount(w, "headline", p.Headline);
        }

        Optional(w, "parent", p.ParentId);
        if (p.Parts.Count > 0)
        {
            Array(w, "parts", p.Parts, WritePart);
        }

        Inferred(w, p.Inferences);
        Sources(w, p.Sources);
        w.WriteEndObject();
    }

    private static void WritePart(Utf8JsonWriter w, Allocation a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("purpose", JsonNames<AllocationPurpose>.Name(a.Purpose));
        w.WriteString("description", a.Description);
        WriteAmount(w, "amount", a.Amount);
        w.WriteString("membership", JsonNames<PartMembership>.Name(a.Membership));
        if (a.Period is not null)
        {
            WritePeriod(w, a.Period);
        }

        Inferred(w, a.Inferences);
        Sources(w, a.Sources);
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, string name, MetricValue value)
    {
        w.WriteStartObject(name);
        switch (value.Kind)
        {
            case MetricValueKind.Share:
                w.WriteString("share", value.AsShare().ToString());
                break;
            case MetricValueKind.Ratio:
                w.WriteString("ratio", QuantityText.Invariant(value.AsRatio().Value));
                break;
            case MetricValueKind.Money:
                w.WritePropertyName("money");
                JsonValueWriter.Write(w, value.AsMoney());
                break;
            default:
                w.WriteString("number", QuantityText.Invariant(value.AsNumber()));
                break;
        }

        if (value.Qualifier != AmountQualifier.Exact)
        {
            w.WriteString("qualifier", ReportedAmountJsonConverter.QualifierName(value.Qualifier));
        }

        w.WriteEndObject();
    }

    private static void WriteDated(Utf8JsonWriter w, string name, MetricValue value, int year)
    {
        w.WriteStartObject(name);
        WriteValue(w, "value", value);
        w.WriteNumber("year", year);
        w.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter w, Target t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("metric", t.MetricId);
        w.WriteString("subject", t.SubjectId);
        if (t.Baseline is MetricValue baseline)
        {
            WriteDated(w, "baseline", baseline, t.BaselineYear!.Value);
        }

        WriteDated(w, "goal", t.Goal, t.GoalYear);
        w.WriteString("kind", JsonNames<TargetKind>.Name(t.Kind));
        Optional(w, "by", t.ById);
        Optional(w, "programme", t.ProgrammeId);
        Optional(w, "note", t.Note);
        Inferred(w, t.Inferences);
        Sources(w, t.Sources);
        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, Indicator i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("metric", i.MetricId);
        w.WriteString("subject", i.SubjectId);
        WriteValue(w, "value", i.Value);
        w.WriteString("observed", i.Observed.ToString());
        w.WriteString("method", JsonNames<IndicatorMethod>.Name(i.Method));
        Optional(w, "by", i.ById);
        Optional(w, "comparator", i.Comparator);
        Optional(w, "comparatorId", i.ComparatorId);
        Optional(w, "note", i.Note);
        Inferred(w, i.Inferences);
        Sources(w, i.Sources);
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("topic", c.Topic);
        w.WriteString("subject", c.SubjectId);
        w.WriteString("statement", c.Statement);
        Optional(w, "comparator", c.ComparatorId);
        Optional(w, "by", c.ById);
        Inferred(w, c.Inferences);
        Sources(w, c.Sources);
        w.WriteEndObject();
    }

    private static void WriteAmbiguity(Utf8JsonWriter w, Ambiguity a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("question", a.Question);
        Array(w, "about", a.About, (w2, id) => w2.WriteStringValue(id));
        Array(w, "readings", a.Readings, (w2, r) => w2.WriteStringValue(r));
        Sources(w, a.Sources);
        w.WriteEndObject();
    }

    private static void WriteOverlap(Utf8JsonWriter w, ProgrammeOverlap o)
    {
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        Array(w, "programmes", o.ProgrammeIds, (w2, id) => w2.WriteStringValue(id));
        w.WriteString("reason", o.Reason);
        Optional(w, "ambiguity", o.AmbiguityId);
        Sources(w, o.Sources);
        w.WriteEndObject();
    }
}
