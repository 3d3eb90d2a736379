using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Serialization;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a reported amount (<c>qualifier</c>, <c>amount</c>, <c>upperAmount</c> for a range,
/// <c>currency</c>, <c>stated</c>, and the source's own conversion in the same shape).</summary>
internal static class AmountReader
{
    public static readonly string[] Required = ["qualifier", "amount", "currency"];
    public static readonly string[] Optional = ["upperAmount", "precision", "stated", "sourceConversion"];
    public static readonly string[] ConversionOptional = ["upperAmount", "precision", "stated"];

    /// <summary>Reads a reported amount of <paramref name="owner"/> (a programme's headline, a part's amount), which its
    /// problems name, or with <paramref name="allowConversion"/> false a source's conversion inside one.</summary>
    public static ReportedAmount? Read(ReadContext context, JsonTreeNode node, Where where, PolicyFact owner, bool allowConversion)
    {
        if (ObjectReader.Open(context, node, where, allowConversion ? "a reported amount" : "a source's conversion", Required, allowConversion ? Optional : ConversionOptional, allowConversion ? "reported amount" : null, owner, builtWithOwner: false) is not ObjectReader o)
        {
            return null;
        }

        AmountQualifier? qualifier = null;
        if (o.Value("qualifier") is JsonTreeNode q)
        {
            qualifier = q.Kind == JsonKind.String ? ReportedAmountJsonConverter.ParseQualifier(q.Text) : null;
            if (qualifier is null)
            {
                context.Report(o.At("qualifier"), q, $"\"qualifier\" must be one of exact, approximately, upTo, atLeast, between; found {q.Describe()}.");
            }
        }

        decimal? amount = o.NonNegative("amount");
        decimal? upper = o.NonNegative("upperAmount");
        Currency? currency = o.Currency("currency");
        string? stated = o.Has("stated") ? o.Text("stated") : null;
        decimal? precision = o.NonNegative("precision");
        if (qualifier == AmountQualifier.Between && !o.Has("upperAmount"))
        {
            context.Report(o.Path, node, ReadContext.In("A range (qualifier \"between\") needs \"upperAmount\" for its high end.", o.Within));
        }

        if (qualifier is AmountQualifier single && single != AmountQualifier.Between && o.Value("upperAmount") is JsonTreeNode upperNode)
        {
            context.Report(o.At("upperAmount"), upperNode, $"\"upperAmount\" is allowed only with the qualifier \"between\", not \"{ReportedAmountJsonConverter.QualifierName(single)}\".");
        }

        ReportedAmount? conversion = o.Value("sourceConversion") is JsonTreeNode c ? Read(context, c, o.At("sourceConversion"), default, allowConversion: false) : null;
        return o.Build(
            (qualifier, amount, upper, currency, stated, precision, conversion),
            static v =>
            {
                ReportedAmount result = v.qualifier == AmountQualifier.Between
                    ? ReportedAmount.Between(new Money(v.amount!.Value, v.currency!.Value), new Money(v.upper!.Value, v.currency.Value))
                    : ReportedAmount.Create(v.qualifier!.Value, new Money(v.amount!.Value, v.currency!.Value));
                result = v.stated is null ? result : result.WithStatedText(v.stated);
                result = v.precision is decimal p ? result.WithPrecision(p) : result;
                return v.conversion is null ? result : result.WithSourceConversion(v.conversion);
            },
            ("low", "amount"),
            ("high", "upperAmount"),
            ("text", "stated"),
            ("conversion", "sourceConversion.currency"));
    }
}
