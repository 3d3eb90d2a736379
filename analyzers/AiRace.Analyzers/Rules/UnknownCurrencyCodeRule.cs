using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>AIR0003: reports a constant string used as a currency code that is not an active ISO 4217 code.</summary>
internal sealed class UnknownCurrencyCodeRule : Rule, ICallRule
{
    /// <summary>Diagnostic property: the code a known alias or a lower-case code stands for.</summary>
    public const string SuggestedCodeProperty = "SuggestedCode";

    public UnknownCurrencyCodeRule()
        : base(Descriptors.UnknownCurrencyCode)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.CurrencyName, "FromCode", "TryFromCode", "Parse"),
        ApiName.Of(KnownTypes.MoneyName, "Of"));

    /// <summary>
    /// Only calls of methods and constructors of Currency with a text parameter, and of Money with a text parameter
    /// named for a currency, can be reported.
    /// </summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types)
    {
        bool onCurrency = method.IsOn(types.Currency);
        if (!onCurrency && !method.IsOn(types.Money))
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (IsText(parameter.Type) && (onCurrency || parameter.NamesCurrency()))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        if (method is null)
        {
            return;
        }

        bool onCurrency = method.IsOn(types.Currency);
        bool onMoney = method.IsOn(types.Money);
        if ((!onCurrency && !onMoney) || CurrencyCodes.Active.Count == 0)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            // a constant text argument first (read from the operation); only then the parameter it is given to
            // only text can be a code: the operation's type first, its constant (boxed on every read) after
            var value = argument.Value.SkipConversions();
            if (value?.Type?.SpecialType != SpecialType.System_String || value.ConstantValue is not { HasValue: true, Value: string code })
            {
                continue;
            }

            var parameter = argument.Parameter;
            if (parameter is null || !IsText(parameter.Type))
            {
                continue;
            }

            // On Currency every text parameter is a code; on Money only the ones named for a currency (Parse takes "USD 5").
            if (onMoney && !parameter.NamesCurrency())
            {
                continue;
            }

            if (CurrencyCodes.IsActive(code))
            {
                continue;
            }

            string? suggestion = CurrencyCodes.Suggest(code);
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (suggestion is not null && value is ILiteralOperation)
            {
                properties = properties.Add(SuggestedCodeProperty, suggestion);
            }

            context.Report(Diagnostic.Create(
                Descriptors.UnknownCurrencyCode,
                value.Syntax.GetLocation(),
                properties,
                code,
                suggestion is null ? string.Empty : "; did you mean " + suggestion + "?"));
        }
    }

    [MethodImpl(Hot.Path)]
    private static bool IsText(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_String
        || (type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span && span.TypeArguments[0].SpecialType == SpecialType.System_Char);
}
