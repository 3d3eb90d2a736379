using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Robustness;

/// <summary>Null where a text is required is an <see cref="ArgumentNullException"/> naming the parameter, as
/// <c>Money.Parse(null)</c> already was; before, these threw a <see cref="NullReferenceException"/> or a
/// <see cref="FormatException"/> that quoted an empty text.</summary>
public class NullArgumentTests
{
    public static TheoryData<string, string, Action> Calls() => new()
    {
        { "PartialDate.Parse", "s", () => PartialDate.Parse(null!) },
        { "new MoneyFormatException, input", "input", () => _ = new MoneyFormatException(null!, 0, "reason") },
        { "new MoneyFormatException, reason", "reason", () => _ = new MoneyFormatException("CNY x", 4, null!) },
        { "new UnknownCurrencyException", "code", () => _ = new UnknownCurrencyException(null!) },
        { "new UnknownCurrencyException, code", "code", () => _ = new UnknownCurrencyException(null!, "message", null) },
        { "new UnknownCurrencyException, message", "message", () => _ = new UnknownCurrencyException("RMB", null!, null) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void Null_text_is_an_argument_null_exception_naming_the_parameter(string call, string parameter, Action act) =>
        act.Should().Throw<ArgumentNullException>(call).WithParameterName(parameter);
}
