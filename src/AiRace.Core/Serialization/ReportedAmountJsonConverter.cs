using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiRace.Core.Reporting;
using AiRace.Core.Text;

namespace AiRace.Core.Serialization;

/// <summary>
/// Reads and writes a <see cref="ReportedAmount"/> as
/// <c>{"qualifier":"approximately","amount":"1000000000000","currency":"CNY","stated":"one trillion Yuan",
/// "sourceConversion":{"qualifier":"approximately","amount":"138000000000","currency":"USD"}}</c>;
/// a range adds <c>"upperAmount"</c>, a figure rounded to its digits <c>"precision"</c> (the place value of its last
/// digit, such as <c>"100000000"</c>). Qualifiers: exact, approximately, upTo, atLeast, between. Amounts are exact
/// decimal strings (plain JSON numbers are accepted on reading).
/// </summary>
public sealed class ReportedAmountJsonConverter : JsonConverter<ReportedAmount>
{
    /// <inheritdoc/>
    public override ReportedAmount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, allowConversion: true);

    private static ReportedAmount Read(ref Utf8JsonReader reader, bool allowConversion)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A reported amount must be a JSON object; found {JsonText.Describe(reader.TokenType)}.");
        }

        AmountQualifier? qualifier = null;
        decimal? amount = null, upper = null, precision = null;
        Currency? currency = null;
        string? stated = null;
        ReportedAmount? conversion = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.Read(ref reader, "A property name of a reported amount");
            if (!seen.Add(name))
            {
                throw MoneyJsonConverter.Duplicate("A reported amount", name);
            }

            reader.Read();
            switch (name)
            {
                case "qualifier":
                    string? q = reader.TokenType == JsonTokenType.String ? JsonText.Read(ref reader, "\"qualifier\"") : null;
                    qualifier = ParseQualifier(q) ?? throw new JsonException($"\"qualifier\" must be one of exact, approximately, upTo, atLeast, between; found {(q is null ? JsonText.Describe(reader.TokenType) : HiddenCharacters.ShownInput(q))}.");
                    break;
                case "amount":
                    amount = MoneyJsonConverter.ReadAmount(ref reader);
                    break;
                case "upperAmount":
                    upper = MoneyJsonConverter.ReadAmount(ref reader);
                    break;
                case "precision":
                    precision = MoneyJsonConverter.ReadAmount(ref reader);
                    break;
                case "currency":
                    string? code = reader.TokenType == JsonTokenType.String ? JsonText.Read(ref reader, "\"currency\"") : null;
                    currency = code is not null && Currency.TryFromCode(code, out Currency c) ? c : throw new JsonException($"\"currency\" must be an active ISO 4217 code; found {(code is null ? JsonText.Describe(reader.TokenType) : HiddenCharacters.ShownInput(code))}.");
                    break;
                case "stated":
                    stated = reader.TokenType == JsonTokenType.String ? JsonText.Read(ref reader, "\"stated\"") : throw new JsonException("\"stated\" must be a string.");
                    break;
                case "sourceConversion" when allowConversion:
                    conversion = Read(ref reader, allowConversion: false);
                    break;
                case "sourceConversion":
                    throw new JsonException("A source conversion cannot have a \"sourceConversion\" of its own: it is the amount in the currency the source converted to.");
                default:
                    throw new JsonException($"A reported amount has no property \"{HiddenCharacters.ShownInput(name)}\"; expected qualifier, amount, upperAmount, currency, precision, stated and sourceConversion.");
            }
        }

        if (qualifier is null || amount is null || currency is null)
        {
            throw new JsonException($"A reported amount needs \"qualifier\", \"amount\" and \"currency\"; missing {MoneyJsonConverter.Missing(("qualifier", qualifier is null), ("amount", amount is null), ("currency", currency is null))}.");
        }

        try
        {
            ReportedAmount result = qualifier == AmountQualifier.Between
                ? ReportedAmount.Between(new Money(amount.Value, currency.Value), new Money(upper ?? throw new JsonException("A range (\"between\") needs \"upperAmount\"."), currency.Value))
                : upper is null ? ReportedAmount.Create(qualifier.Value, new Money(amount.Value, currency.Value)) : throw new JsonException("\"upperAmount\" is allowed only with the qualifier \"between\".");
            if (stated is not null)
            {
                result = result.WithStatedText(stated);
            }

            if (precision is decimal p)
            {
                result = result.WithPrecision(p);
            }

            return conversion is null ? result : result.WithSourceConversion(conversion);
        }
        catch (ArgumentException ex)
        {
            throw MoneyJsonConverter.Refused(ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ReportedAmount value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        Guard.NotNull(value);
        writer.WriteStartObject();
        writer.WriteString("qualifier", QualifierName(value.Qualifier));
        writer.WriteString("amount", QuantityText.Invariant(value.Amount.Amount));
        if (value.UpperAmount is Money upper)
        {
            writer.WriteString("upperAmount", QuantityText.Invariant(upper.Amount));
        }

        writer.WriteString("currency", value.Currency.Code);
        if (value.Precision is decimal precision)
        {
            writer.WriteString("precision", QuantityText.Invariant(precision));
        }

        if (value.StatedText is not null)
        {
            writer.WriteString("stated", value.StatedText);
        }

        if (value.SourceConversion is not null)
        {
            writer.WritePropertyName("sourceConversion");
            Write(writer, value.SourceConversion, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>The JSON name of a qualifier.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>exact, approximately, upTo, atLeast or between.</returns>
    internal static string QualifierName(AmountQualifier qualifier) => qualifier switch
    {
        AmountQualifier.Exact => "exact",
        AmountQualifier.Approximately => "approximately",
        AmountQualifier.UpTo => "upTo",
        AmountQualifier.AtLeast => "atLeast",
        AmountQualifier.Between => "between",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Not a defined AmountQualifier."),
    };

    /// <summary>Parses a qualifier's JSON name.</summary>
    /// <param name="text">The name.</param>
    /// <returns>The qualifier, or null when the name is unknown.</returns>
    internal static AmountQualifier? ParseQualifier(string? text) => text switch
    {
        "exact" => AmountQualifier.Exact,
        "approximately" => AmountQualifier.Approximately,
        "upTo" => AmountQualifier.UpTo,
        "atLeast" => AmountQualifier.AtLeast,
        "between" => AmountQualifier.Between,
        _ => null,
    };
}
