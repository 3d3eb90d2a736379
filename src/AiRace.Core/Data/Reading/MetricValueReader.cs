using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Serialization;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a metric value: exactly one of <c>share</c>, <c>ratio</c>, <c>money</c> or <c>number</c>, with an
/// optional qualifier; remembers it to check against its metric's kind.</summary>
internal static class MetricValueReader
{
    public static readonly string[] Optional = ["share", "ratio", "money", "number", "qualifier"];
    public static readonly string[] MoneyRequired = ["amount", "currency"];
    public static readonly string[] DatedRequired = ["value", "year"];

    /// <summary>Reads a metric value of <paramref name="owner"/> (an indicator; <c>default</c> for one nested in a
    /// target's dated value, which names the target), which its problems name.</summary>
    public static MetricValue? Read(ReadContext context, JsonTreeNode node, Where where, string? metricId, PolicyFact owner)
    {
        if (ObjectReader.Open(context, node, where, "a metric value", [], Optional, "metric value", owner, builtWithOwner: false) is not ObjectReader o)
        {
            return null;
        }

        var kinds = new List<string>(1);
        foreach (JsonProperty property in node.Properties)
        {
            if (property.Name is "share" or "ratio" or "money" or "number")
            {
                kinds.Add(property.Name);
            }
        }

        if (kinds.Count != 1)
        {
            context.Report(o.Path, node, ReadContext.In($"A metric value must have exactly one of \"share\", \"ratio\", \"money\" or \"number\"; found {(kinds.Count == 0 ? "none" : string.Join(", ", kinds.Select(k => "\"" + k + "\"")))}.", o.Within));
            return null;
        }

        AmountQualifier qualifier = AmountQualifier.Exact;
        if (o.Value("qualifier") is JsonTreeNode q)
        {
            if (q.Kind == JsonKind.String && ReportedAmountJsonConverter.ParseQualifier(q.Text) is AmountQualifier parsed && parsed != AmountQualifier.Between)
            {
                qualifier = parsed;
            }
            else
            {
                context.Report(o.At("qualifier"), q, $"A metric value's \"qualifier\" must be one of exact, approximately, upTo, atLeast; found {q.Describe()}.");
            }
        }

        string kind = kinds[0];
        JsonTreeNode valueNode = o.Value(kind)!.Value;
        MetricValue? result = null;
        switch (kind)
        {
            case "share":
                if (valueNode.Kind != JsonKind.String)
                {
                    context.Report(o.At(kind), valueNode, $"A share must be a string such as \"55%\"; found {valueNode.Describe()}.");
                }
                else if (!Share.TryParse(valueNode.Text, out Share share, out string? error, rawInput: true))
                {
                    context.Report(o.At(kind), valueNode, error);
                }
                else
                {
                    result = MetricValue.Of(share, qualifier);
                }

                break;
            case "ratio":
                if (valueNode.Kind is not (JsonKind.String or JsonKind.Number))
                {
                    context.Report(o.At(kind), valueNode, $"A ratio must be a string such as \"0.65\"; found {valueNode.Describe()}.");
                }
                else if (!Ratio.TryParse(valueNode.Text, out Ratio ratio, out string? error, rawInput: true))
                {
                    context.Report(o.At(kind), valueNode, error);
                }
                else
                {
                    result = MetricValue.Of(ratio, qualifier);
                }

                break;
            case "money":
                if (ObjectReader.Open(context, valueNode, o.At(kind), "money", MoneyRequired, []) is ObjectReader m)
                {
                    decimal? amount = m.NonNegative("amount");
                    Currency? currency = m.Currency("currency");
                    if (amount is not null && currency is not null)
                    {
                        result = MetricValue.Of(new Money(amount.Value, currency.Value), qualifier);
                    }
                }

                break;
            default:
                decimal? number = context.Decimal(valueNode, o.At(kind));
                if (number is not null)
                {
                    result = MetricValue.OfNumber(number.Value, qualifier);
                }

                break;
        }

        if (!o.IsWhole)
        {
            return null;
        }

        if (result is MetricValue value && metricId is not null)
        {
            context.UseMetric(value, metricId, o.Path, node);
        }

        return result;
    }

    /// <summary>Reads <c>{"value": …, "year": …}</c> (a target's baseline or goal).</summary>
    public static (MetricValue? Value, int? Year) ReadDated(ReadContext context, JsonTreeNode node, Where where, string? metricId, PolicyFact owner)
    {
        if (ObjectReader.Open(context, node, where, "a dated value", DatedRequired, [], "dated value", owner, builtWithOwner: false) is not ObjectReader o)
        {
            return (null, null);
        }

        MetricValue? value = o.Value("value") is JsonTreeNode v ? Read(context, v, o.At("value"), metricId, default) : null;
        return (value, o.Year("year"));
    }
}
