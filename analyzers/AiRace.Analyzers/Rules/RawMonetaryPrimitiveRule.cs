using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0010 (info): reports public fields, properties and parameters of type <c>decimal</c>, <c>double</c> or <c>float</c>
/// whose names denote money (amount, budget, price, cost, funding, subsidy, or a currency: usd, cny, yuan, dollars, euros,
/// yen…), unless the name
/// also says the number is a proportion (percent, share, ratio, fraction…) or another pure number (elasticity, index):
/// <c>PercentOfBudget</c>, <c>BudgetShare</c>, <c>CostRatio</c> and <c>PriceElasticity</c> are not money. Declarations are symbols, not operations, so this rule
/// registers a symbol action.
/// </summary>
internal sealed class RawMonetaryPrimitiveRule : Rule, ISymbolRule
{
    /// <summary>The words that name a currency, each with the currency it names (<c>dollar</c> and <c>usd</c> one,
    /// <c>rmb</c>, <c>yuan</c> and <c>cny</c> another).</summary>
    private static readonly Dictionary<string, string> CurrencyOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["usd"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["cny"] = "CNY", ["rmb"] = "CNY", ["yuan"] = "CNY",
        ["eur"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR", ["jpy"] = "JPY", ["yen"] = "JPY", ["krw"] = "KRW", ["won"] = "KRW",
        ["gbp"] = "GBP", ["idr"] = "IDR", ["rupiah"] = "IDR", ["vnd"] = "VND", ["dong"] = "VND", ["inr"] = "INR",
        ["rupee"] = "INR", ["rupees"] = "INR",
    };

    /// <summary>Names of currencies, which on both sides of <c>per</c> make an exchange rate (<c>yuanPerDollar</c>).</summary>
    private static readonly HashSet<string> CurrencyWords = new(CurrencyOf.Keys, StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that say a number is money: the general ones, and every currency word but those that are also
    /// ordinary words (<c>GamesWon</c>, <c>Dong</c>), which name a currency only in a rate.</summary>
    private static readonly HashSet<string> MoneyWords = MoneyWordsOf(
        new[] { "amount", "amounts", "budget", "budgets", "price", "prices", "cost", "costs", "funding", "fundings", "subsidy", "subsidies" },
        "won", "dong");

    /// <summary>Words that make a money-named number a proportion of money, or another pure number about money (an
    /// elasticity, an index), rather than money.</summary>
    private static readonly HashSet<string> ProportionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "percent", "percents", "percentage", "percentages", "pct", "share", "shares", "ratio", "ratios", "fraction",
        "fractions", "proportion", "proportions", "multiple", "multiplier", "factor", "pp", "bps", "elasticity",
        "elasticities", "index", "indices", "indexes",
    };

    public RawMonetaryPrimitiveRule()
        : base(Descriptors.RawMonetaryPrimitive)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.MoneyName),
        ApiName.Of(KnownTypes.CurrencyName),
        ApiName.Of(KnownTypes.MoneyEnumerableName));

    /// <inheritdoc/>
    public ImmutableArray<SymbolKind> SymbolKinds { get; } = ImmutableArray.Create(SymbolKind.Field, SymbolKind.Property, SymbolKind.Method, SymbolKind.NamedType);

    /// <inheritdoc/>
    public void AnalyzeSymbol(in SymbolRuleContext context)
    {
        switch (context.Symbol)
        {
            case IMethodSymbol method:
                AnalyzeMethod(context, method, context.Types);
                break;
            case INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke }:
                // a public delegate's parameters (its Invoke method is declared by the compiler)
                AnalyzeMethod(context, invoke, context.Types);
                break;
            case INamedTypeSymbol { IsExtension: true } block:
                // a C# 14 extension block's receiver (extension(decimal price) { … }): a parameter of each of its members
                AnalyzeReceiver(context, block, context.Types);
                break;
            case INamedTypeSymbol:
                break;
            default:
                AnalyzeMember(context, context.Types);
                break;
        }
    }

    private static void AnalyzeMember(in SymbolRuleContext context, KnownTypes types)
    {
        var symbol = context.Symbol;
        ITypeSymbol? type = symbol switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        // cheap checks first: most members are not money-named primitives
        if (type is null || PrimitiveName(type) is not { } primitive || !DenotesMoney(symbol.Name))
        {
            return;
        }

        // a partial property is one member: reported on its defining part, not again on its implementing part
        if (symbol.IsImplicitlyDeclared || symbol is IPropertySymbol { PartialDefinitionPart: not null }
            || !IsPublicApi(symbol) || IsExempt(symbol.ContainingType, types) || ReportedWhereDeclared(symbol, types))
        {
            return;
        }

        string kind = symbol is IFieldSymbol ? "Field" : "Property";
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                context.Report(Diagnostic.Create(Descriptors.RawMonetaryPrimitive, location, kind, symbol.Name, primitive));
                return;
            }
        }
    }

    private static void AnalyzeMethod(in SymbolRuleContext context, IMethodSymbol method, KnownTypes types)
    {
        // A partial method or constructor is one member, reported once, at its defining part's parameters. The compiler
        // hands a partial method to the symbol action as its defining part, but a partial constructor (C# 14) as its
        // implementing part: that one is reported through its defining part, and a defining part whose implementing
        // part is there is left to it, so whichever part comes (or both), the constructor is reported exactly once.
        if (method.MethodKind == MethodKind.Constructor)
        {
            if (method.PartialDefinitionPart is { } definition)
            {
                method = definition;
            }
            else if (method.PartialImplementationPart is not null)
            {
                return;
            }
        }

        if (!HasMoneyNamedPrimitiveParameter(method))
        {
            return;
        }

        if (method.IsImplicitlyDeclared && method.MethodKind != MethodKind.DelegateInvoke || method.PartialDefinitionPart is not null
            || !IsPublicApi(method) || IsExempt(method.ContainingType, types) || ReportedWhereDeclared(method, types)
            || method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove)
        {
            return;
        }

        foreach (var parameter in method.Parameters)
        {
            if (PrimitiveName(parameter.Type) is not { } primitive || !DenotesMoney(parameter.Name))
            {
                continue;
            }

            // A parameter declared decimal in the generic interface or base member this one implements or overrides
            // (IPayer<T>.Pay(T budget, decimal cost)) is reported there; only what the type argument made a primitive
            // (budget, of IPayer<decimal>) is reported here.
            if (ParameterReportedWhereDeclared(method, parameter.Ordinal, types))
            {
                continue;
            }

            // A record's positional parameter is reported once, on its property (not a parameter of another of its
            // constructors that only shares the name: public Quote(decimal Price, Currency c) : this(new Money(…))).
            if (method.MethodKind == MethodKind.Constructor && method.ContainingType.IsRecord && IsPrimaryConstructor(method, context.CancellationToken)
                && HasPublicMember(method.ContainingType, parameter.Name))
            {
                continue;
            }

            foreach (var location in parameter.Locations)
            {
                if (location.IsInSource)
                {
                    context.Report(Diagnostic.Create(Descriptors.RawMonetaryPrimitive, location, "Parameter", parameter.Name, primitive));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The receiver of an extension block (<c>extension(decimal price)</c>), reported once, at the block's parameter, when
    /// a member of the block is public API (the receiver is then a parameter of a public method or property).
    /// </summary>
    private static void AnalyzeReceiver(in SymbolRuleContext context, INamedTypeSymbol block, KnownTypes types)
    {
        if (block.ExtensionParameter is not { } receiver || PrimitiveName(receiver.Type) is not { } primitive || !DenotesMoney(receiver.Name)
            || IsExempt(block.ContainingType, types) || !HasPublicInstanceMember(block))
        {
            return;
        }

        foreach (var location in receiver.Locations)
        {
            if (location.IsInSource)
            {
                context.Report(Diagnostic.Create(Descriptors.RawMonetaryPrimitive, location, "Parameter", receiver.Name, primitive));
                return;
            }
        }
    }

    /// <summary>Whether an extension block has a member that takes its receiver (not static) and is public API.</summary>
    private static bool HasPublicInstanceMember(INamedTypeSymbol block)
    {
        if (block.ContainingType is not { } container || !IsPublicApi(container))
        {
            return false;
        }

        foreach (var member in block.GetMembers())
        {
            if (!member.IsStatic && !member.IsImplicitlyDeclared && member is IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol
                && member.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMoneyNamedPrimitiveParameter(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (PrimitiveName(parameter.Type) is not null && DenotesMoney(parameter.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a constructor is a type's primary constructor (declared by the type's own declaration).</summary>
    private static bool IsPrimaryConstructor(IMethodSymbol constructor, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a record declares or inherits a public property or field of a name, where this rule reports it (a derived
    /// positional record passes its base's on); a private one stands in for nothing.
    /// </summary>
    private static bool HasPublicMember(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol or IFieldSymbol && IsPublicApi(member))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Money's own home needs its primitives: Money, Currency and the sums are exempt.</summary>
    private static bool IsExempt(INamedTypeSymbol? type, KnownTypes types) =>
        type is null || types.IsMoney(type) || KnownTypes.Is(type, types.MoneyEnumerable) || KnownTypes.Is(type, types.Currency);

    /// <summary>
    /// Whether a member that overrides or implements others is left to them: each is declared in another assembly (its
    /// signature is not this code's to change), or is reported where it is declared (public, of this compilation, not
    /// exempt, and not a member of a generic type given <c>decimal</c> here). A public class's implementation of an
    /// internal interface, of <c>IHasCost&lt;decimal&gt;</c> or an override of <c>Priced&lt;decimal&gt;</c>'s member is
    /// reported itself.
    /// </summary>
    private static bool ReportedWhereDeclared(ISymbol symbol, KnownTypes types)
    {
        bool any = false;
        foreach (var declared in OverriddenOrImplemented(symbol))
        {
            any = true;
            bool inSource = false;
            foreach (var location in declared.Locations)
            {
                inSource |= location.IsInSource;
            }

            if (inSource && (!IsPublicApi(declared) || IsExempt(declared.ContainingType, types) || GivenPrimitiveByTypeArgument(declared)))
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>
    /// Whether a parameter of a member reported itself (because a type argument made another of its parameters a
    /// primitive) is reported at each member it overrides or implements: declared in another assembly, or there a
    /// primitive by its own declaration (not by a type parameter) in a public, not exempt, member of this compilation.
    /// </summary>
    private static bool ParameterReportedWhereDeclared(IMethodSymbol method, int ordinal, KnownTypes types)
    {
        bool any = false;
        foreach (var declared in OverriddenOrImplemented(method))
        {
            any = true;
            bool inSource = false;
            foreach (var location in declared.Locations)
            {
                inSource |= location.IsInSource;
            }

            if (!inSource)
            {
                continue;
            }

            if (declared.OriginalDefinition is not IMethodSymbol original || ordinal >= original.Parameters.Length
                || PrimitiveName(original.Parameters[ordinal].Type) is null
                || !IsPublicApi(declared) || IsExempt(declared.ContainingType, types))
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>
    /// Whether a member of a constructed generic type has its primitive from a type argument (<c>T Cost</c> of
    /// <c>IHasCost&lt;decimal&gt;</c>), not from its own declaration (<c>decimal Price</c> of <c>IQuote&lt;Stock&gt;</c> is
    /// <c>decimal</c> whatever the type argument, and reported where it is declared).
    /// </summary>
    private static bool GivenPrimitiveByTypeArgument(ISymbol declared)
    {
        var original = declared.OriginalDefinition;
        if (SymbolEqualityComparer.Default.Equals(declared, original))
        {
            return false;
        }

        switch (declared)
        {
            case IPropertySymbol property when original is IPropertySymbol originalProperty:
                if (PrimitiveName(property.Type) is not null && PrimitiveName(originalProperty.Type) is null)
                {
                    return true;
                }

                return GivenPrimitiveParameter(property.Parameters, originalProperty.Parameters);
            case IMethodSymbol method when original is IMethodSymbol originalMethod:
                return GivenPrimitiveParameter(method.Parameters, originalMethod.Parameters);
            case IFieldSymbol field when original is IFieldSymbol originalField:
                return PrimitiveName(field.Type) is not null && PrimitiveName(originalField.Type) is null;
            default:
                // anything else is not followed: left to the member itself
                return true;
        }
    }

    private static bool GivenPrimitiveParameter(ImmutableArray<IParameterSymbol> parameters, ImmutableArray<IParameterSymbol> originals)
    {
        if (parameters.Length != originals.Length)
        {
            return true;
        }

        for (int i = 0; i < parameters.Length; i++)
        {
            // only a parameter that would be reported: a money-named one made a primitive by the type argument
            if (PrimitiveName(parameters[i].Type) is not null && PrimitiveName(originals[i].Type) is null && DenotesMoney(parameters[i].Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The members a member overrides or implements (explicitly, or implicitly by name).</summary>
    private static IEnumerable<ISymbol> OverriddenOrImplemented(ISymbol symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol { OverriddenMethod: { } overriddenMethod }:
                yield return overriddenMethod;
                break;
            case IPropertySymbol { OverriddenProperty: { } overriddenProperty }:
                yield return overriddenProperty;
                break;
        }

        var explicitly = symbol switch
        {
            IMethodSymbol method => method.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
            IPropertySymbol property => property.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
            _ => ImmutableArray<ISymbol>.Empty,
        };
        foreach (var member in explicitly)
        {
            yield return member;
        }

        if (symbol is not (IMethodSymbol or IPropertySymbol) || symbol.ContainingType is not { } type)
        {
            yield break;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(symbol.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), symbol))
                {
                    yield return member;
                }
            }
        }
    }

    private static bool IsPublicApi(ISymbol symbol)
    {
        for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static string? PrimitiveName(ITypeSymbol type) => KnownTypes.Unwrap(type).SpecialType switch
    {
        SpecialType.System_Decimal => "decimal",
        SpecialType.System_Double => "double",
        SpecialType.System_Single => "float",
        _ => null,
    };

    /// <summary>
    /// Whether a camelCase, PascalCase or snake_case name denotes money: one of its words is a money word, none says
    /// the number is a proportion (<c>PercentOfBudget</c>, <c>budgetShare</c>), and it is not an exchange rate, a
    /// currency per currency (<c>yuanPerDollar</c>, <c>usd_per_cny</c>), or a figure per unit of a currency whose name has
    /// no other money word (<c>perEuro</c>, <c>tonnesPerDollar</c>: the currency is what the figure is counted per), nor
    /// a currency per crore or lakh (<c>RupeesPerCrore</c>: a scale).
    /// </summary>
    internal static bool DenotesMoney(string name)
    {
        if (!HasWord(name, MoneyWords) || HasWord(name, ProportionWords))
        {
            return false;
        }

        var words = Words(name);
        return !IsRate(words) && !OnlyPerCurrency(words) && !NamesCurrencyPair(words) && !IsScale(words);
    }

    /// <summary>
    /// Whether a name is a currency per crore or lakh and nothing else (<c>RupeesPerCrore</c>, <c>inr_per_lakh</c>): how
    /// many units of the currency make that count of them, a scale, not money. A price per thousand or per million
    /// (<c>DollarsPerMillion</c> tokens, <c>UsdPerThousand</c> impressions) stays money.
    /// </summary>
    private static bool IsScale(List<string> words) =>
        words.Count == 3 && CurrencyWords.Contains(words[0]) && string.Equals(words[1], "per", StringComparison.OrdinalIgnoreCase)
        && (string.Equals(words[2], "crore", StringComparison.OrdinalIgnoreCase) || string.Equals(words[2], "lakh", StringComparison.OrdinalIgnoreCase));

    /// <summary>The general money words, with every currency word but the ambiguous ones.</summary>
    private static HashSet<string> MoneyWordsOf(string[] general, params string[] ambiguous)
    {
        var words = new HashSet<string>(general, StringComparer.OrdinalIgnoreCase);
        words.UnionWith(CurrencyOf.Keys);
        words.ExceptWith(ambiguous);
        return words;
    }

    /// <summary>
    /// Whether every money word of a name is a currency and they name at least two currencies (<c>EurToUsd</c>,
    /// <c>eur2usd</c>, <c>EURtoUSD</c>, <c>EurUsdRate</c>; <c>won</c> and <c>dong</c> count here, as in a rate:
    /// <c>WonYen</c>): an exchange rate, whatever joins them; another money word (<c>EurBudgetInUsd</c>) makes it money.
    /// </summary>
    private static bool NamesCurrencyPair(List<string> words)
    {
        string? first = null;
        bool two = false;
        foreach (var word in words)
        {
            if (!CurrencyOf.TryGetValue(word, out string? currency))
            {
                if (MoneyWords.Contains(word))
                {
                    return false;
                }

                continue;
            }

            if (first is null)
            {
                first = currency;
            }
            else if (first != currency)
            {
                two = true;
            }
        }

        return two;
    }

    private static bool HasWord(string name, HashSet<string> words)
    {
        int start = 0;
        for (int i = 1; i <= name.Length; i++)
        {
            if (!IsBoundary(name, i))
            {
                continue;
            }

            int length = i - start;
            if (length > 0 && words.Contains(name.Substring(start, length).Trim('_')))
            {
                return true;
            }

            start = name.Length > i && name[i] == '_' ? i + 1 : i;
        }

        return false;
    }

    /// <summary>
    /// Whether a word of a name ends before position <paramref name="i"/>: at a case change, a digit or an underscore.
    /// Capitals followed by lower case letters end before the last capital (<c>CNYBudget</c>: CNY, Budget), unless the
    /// lower case letters are a lower case <c>per</c> or <c>to</c> (<c>USDperEUR</c>: USD, per, EUR; <c>EURtoUSD</c>).
    /// </summary>
    private static bool IsBoundary(string name, int i) =>
        i == name.Length
        || name[i] == '_'
        || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
        || (char.IsUpper(name[i]) && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]) && !IsConnectorAt(name, i + 1))
        || (char.IsLower(name[i]) && i >= 2 && char.IsUpper(name[i - 1]) && char.IsUpper(name[i - 2]) && IsConnectorAt(name, i))
        || (char.IsDigit(name[i]) != char.IsDigit(name[i - 1]));

    /// <summary>Whether the lower case letters from position <paramref name="i"/> are the word <c>per</c> or <c>to</c> (not the start of a longer word).</summary>
    private static bool IsConnectorAt(string name, int i)
    {
        int end = i;
        while (end < name.Length && char.IsLower(name[end]))
        {
            end++;
        }

        return end - i == 3 && string.CompareOrdinal(name, i, "per", 0, 3) == 0
            || end - i == 2 && string.CompareOrdinal(name, i, "to", 0, 2) == 0;
    }

    /// <summary>Whether a name says a currency per currency: an exchange rate (<c>yuanPerDollar</c>, <c>usd_per_cny</c>).</summary>
    private static bool IsRate(List<string> words)
    {
        for (int i = 1; i + 1 < words.Count; i++)
        {
            if (string.Equals(words[i], "per", StringComparison.OrdinalIgnoreCase) && CurrencyWords.Contains(words[i - 1]) && CurrencyWords.Contains(words[i + 1]))
            {
                // a rate, unless a money word besides it says the number is money (yuanPerDollarBudget)
                for (int j = 0; j < words.Count; j++)
                {
                    if ((j < i - 1 || j > i + 1) && MoneyWords.Contains(words[j]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every money word of a name is a currency that follows <c>per</c> (<c>perEuro</c>,
    /// <c>chips_per_usd</c>), so the name counts something per unit of money rather than money.</summary>
    private static bool OnlyPerCurrency(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (MoneyWords.Contains(words[i])
                && !(i > 0 && CurrencyWords.Contains(words[i]) && string.Equals(words[i - 1], "per", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of a name, split at case changes, digits and underscores.</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        int start = 0;
        for (int i = 1; i <= name.Length; i++)
        {
            if (!IsBoundary(name, i))
            {
                continue;
            }

            int length = i - start;
            if (length > 0)
            {
                string word = name.Substring(start, length).Trim('_');
                if (word.Length > 0)
                {
                    words.Add(word);
                }
            }

            start = name.Length > i && name[i] == '_' ? i + 1 : i;
        }

        return words;
    }
}
