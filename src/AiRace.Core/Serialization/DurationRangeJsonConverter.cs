using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiRace.Core.Text;

namespace AiRace.Core.Serialization;

/// <summary>Reads and writes a <see cref="DurationRange"/> as <c>{"min":"3","max":"5","unit":"years"}</c>
/// (ends as exact decimal strings or plain JSON numbers; unit days, months or years).</summary>
public sealed class DurationRangeJsonConverter : JsonConverter<DurationRange>
{
    /// <inheritdoc/>
    public override DurationRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A duration must be a JSON object with \"min\", \"max\" and \"unit\"; found {JsonText.Describe(reader.TokenType)}.");
        }

        decimal? min = null, max = null;
        DurationUnit? unit = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.Read(ref reader, "A property name of a duration range");
            reader.Read();
            switch (name)
            {
                case "min":
                    min = min is null ? MoneyJsonConverter.ReadAmount(ref reader) : throw MoneyJsonConverter.Duplicate("A duration", name);
                    break;
                case "max":
                    max = max is null ? MoneyJsonConverter.ReadAmount(ref reader) : throw MoneyJsonConverter.Duplicate("A duration", name);
                    break;
                case "unit":
                    if (unit is not null)
                    {
                        throw MoneyJsonConverter.Duplicate("A duration", name);
                    }

                    string? text = reader.TokenType == JsonTokenType.String ? JsonText.Read(ref reader, "\"unit\"") : null;
                    unit = ParseUnit(text) ?? throw new JsonException($"A duration's \"unit\" must be \"days\", \"months\" or \"years\"; found {(text is null ? JsonText.Describe(reader.TokenType) : HiddenCharacters.ShownInput(text))}.");
                    break;
                default:
                    throw new JsonException($"A duration has no property \"{HiddenCharacters.ShownInput(name)}\"; expected \"min\", \"max\" and \"unit\".");
            }
        }

        if (min is null || max is null || unit is null)
        {
            throw new JsonException($"A duration needs \"min\", \"max\" and \"unit\"; missing {MoneyJsonConverter.Missing(("min", min is null), ("max", max is null), ("unit", unit is null))}.");
        }

        try
        {
            return DurationRange.Of(min.Value, max.Value, unit.Value);
        }
        catch (ArgumentException ex)
        {
            throw MoneyJsonConverter.Refused(ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DurationRange value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStartObject();
        writer.WriteString("min", QuantityText.Invariant(value.Minimum));
        writer.WriteString("max", QuantityText.Invariant(value.Maximum));
        writer.WriteString("unit", UnitName(value.Unit));
        writer.WriteEndObject();
    }

    internal static DurationUnit? ParseUnit(string? text) => text switch
    {
        "days" => DurationUnit.Days,
        "months" => DurationUnit.Months,
        "years" => DurationUnit.Years,
        _ => null,
    };

    internal static string UnitName(DurationUnit unit) => unit switch
    {
        DurationUnit.Days => "days",
        DurationUnit.Months => "months",
        DurationUnit.Years => "years",
        _ => "none",
    };
}
