using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiRace.Core.Serialization;

/// <summary>Creates the JSON converter for each <see cref="ValueRange{T}"/>.</summary>
public sealed class ValueRangeJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert)
    {
        Guard.NotNull(typeToConvert);
        return typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueRange<>);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The ranges of the library's own quantities get their converter from code the compiler sees, so they work when an
    /// application is trimmed or compiled ahead of time; a range of another type is built by reflection, which needs
    /// dynamic code.
    /// </remarks>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        Guard.NotNull(typeToConvert);
        Type value = typeToConvert.GetGenericArguments()[0];
        JsonConverter? known = Known(value);
        if (known is not null)
        {
            return known;
        }

        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            throw new NotSupportedException(
                $"JSON for ValueRange<{value.Name}> needs dynamic code, which this application does not have (it is compiled ahead of time). " +
                "Ranges of decimal, int, Money, Share, PercentagePoints and Ratio are supported everywhere.");
        }

        return (JsonConverter)Activator.CreateInstance(typeof(ValueRangeJsonConverter<>).MakeGenericType(value))!;
    }

    private static JsonConverter? Known(Type value) =>
        value == typeof(decimal) ? new ValueRangeJsonConverter<decimal>()
        : value == typeof(int) ? new ValueRangeJsonConverter<int>()
        : value == typeof(Money) ? new ValueRangeJsonConverter<Money>()
        : value == typeof(Share) ? new ValueRangeJsonConverter<Share>()
        : value == typeof(PercentagePoints) ? new ValueRangeJsonConverter<PercentagePoints>()
        : value == typeof(Ratio) ? new ValueRangeJsonConverter<Ratio>()
        : null;
}
