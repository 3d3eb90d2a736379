using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0003: reports a constant string used as a currency code that is not an active ISO 4217 code: given to a
/// currency parameter directly, through a local that holds it, or as a constant arm of a <c>switch</c> or <c>?:</c>
/// expression given as the code; and the code at the start of a constant text given to <c>Money.Parse</c> or
/// <c>Money.TryParse</c> (<c>"RMB 100"</c>, also glued to the amount: <c>"RMB100"</c>); and the code of a <c>[Currency("…")]</c> annotation, also on a parameter
/// or the return of a local function or a lambda, and on the receiver of a C# 14 extension block.
/// </summary>
internal sealed class UnknownCurrencyCodeRule : Rule, ICallRule, IOperationRule, ISymbolRule
{
    /// <summary>Diagnostic property: the code a known alias or a lower-case code stands for.</summary>
    public const string SuggestedCodeProperty = "SuggestedCode";

    /// <summary>Diagnostic property: the whole text the fix writes, when the code is part of a longer text (<c>Money.Parse</c>).</summary>
    public const string ReplacementTextProperty = "ReplacementText";

    private const int MaxDepth = 6;

    public UnknownCurrencyCodeRule()
        : base(Descriptors.UnknownCurrencyCode)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.CurrencyName, "FromCode", "TryFromCode", "Parse"),
        ApiName.Of(KnownTypes.MoneyName, "Of", "Parse", "TryParse"));

    /// <summary>
    /// Only calls of methods and constructors of Currency with a text parameter, and of Money with a text parameter
    /// named for a currency, can be reported.
    /// </summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types)
    {
        bool onCurrency = method.IsOn(types.Currency) || IsAnnotation(method, types);
        if (!onCurrency && !method.IsOn(types.Money))
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (IsText(parameter.Type) && (onCurrency || parameter.NamesCurrency() || IsMoneyParse(method)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Local functions and lambdas: the annotations on their parameters and returns are in no operation the compiler hands over.</summary>
    public ImmutableArray<OperationKind> OperationKinds { get; } = ImmutableArray.Create(OperationKind.LocalFunction, OperationKind.AnonymousFunction);

    /// <summary>Extension blocks: the annotation on the receiver is in no operation the compiler hands over.</summary>
    public ImmutableArray<SymbolKind> SymbolKinds { get; } = ImmutableArray.Create(SymbolKind.NamedType);

    /// <summary>Checks the <c>[Currency("…")]</c> annotation on the receiver of an extension block (<c>extension([Currency("CNY")] decimal price)</c>).</summary>
    public void AnalyzeSymbol(in SymbolRuleContext context)
    {
        if (context.Symbol is not INamedTypeSymbol { IsExtension: true, ExtensionParameter: { } receiver } || context.Types.CurrencyAttribute is not { } annotation
            || CurrencyCodes.Active.Count == 0)
        {
            return;
        }

        foreach (var attribute in receiver.GetAttributes())
        {
            if (!KnownTypes.Is(attribute.AttributeClass, annotation) || attribute.AttributeConstructor is not { } constructor
                || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax { ArgumentList: { } list })
            {
                continue;
            }

            for (int i = 0; i < constructor.Parameters.Length && i < attribute.ConstructorArguments.Length; i++)
            {
                if (IsText(constructor.Parameters[i].Type) && attribute.ConstructorArguments[i].Value is string text
                    && ArgumentOf(list, constructor.Parameters[i]) is { } argument
                    && ConstantDiagnostic(argument.Expression.GetLocation(), text, parse: false, fixable: argument.Expression is LiteralExpressionSyntax) is { } diagnostic)
                {
                    context.Report(diagnostic);
                }
            }
        }
    }

    /// <summary>The argument of an attribute given to a constructor parameter: named for it, else at its position.</summary>
    private static AttributeArgumentSyntax? ArgumentOf(AttributeArgumentListSyntax list, IParameterSymbol parameter)
    {
        int position = 0;
        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals is not null)
            {
                continue;
            }

            if (argument.NameColon is { } name ? name.Name.Identifier.ValueText == parameter.Name : position == parameter.Ordinal)
            {
                return argument;
            }

            position++;
        }

        return null;
    }

    /// <summary>Checks the <c>[Currency("…")]</c> annotations on the parameters and the return of a local function or lambda as the calls of the annotation's constructor.</summary>
    public void AnalyzeOperation(in RuleContext context, IOperation operation)
    {
        var types = context.Types;
        var function = operation switch
        {
            ILocalFunctionOperation local => local.Symbol,
            IAnonymousFunctionOperation lambda => lambda.Symbol,
            _ => null,
        };
        if (function is null || types.CurrencyAttribute is null || operation.SemanticModel is not { } model)
        {
            return;
        }

        foreach (var parameter in function.Parameters)
        {
            AnalyzeAnnotations(context, parameter.GetAttributes(), types, model);
        }

        AnalyzeAnnotations(context, function.GetReturnTypeAttributes(), types, model);
    }

    private void AnalyzeAnnotations(in RuleContext context, ImmutableArray<AttributeData> attributes, KnownTypes types, SemanticModel model)
    {
        foreach (var attribute in attributes)
        {
            if (!KnownTypes.Is(attribute.AttributeClass, types.CurrencyAttribute)
                || attribute.ApplicationSyntaxReference is not { } reference || reference.SyntaxTree != model.SyntaxTree
                || model.GetOperation(reference.GetSyntax(context.CancellationToken), context.CancellationToken) is not IAttributeOperation { Operation: IObjectCreationOperation creation })
            {
                continue;
            }

            AnalyzeCall(context, creation, creation.Constructor, creation.Arguments);
        }
    }

    /// <summary>The constructor of AiRace.Core's <c>[Currency("…")]</c> annotation.</summary>
    private static bool IsAnnotation(IMethodSymbol method, KnownTypes types) =>
        method.MethodKind == MethodKind.Constructor && KnownTypes.Is(method.ContainingType, types.CurrencyAttribute);

    /// <summary>Money.Parse and Money.TryParse: their text starts with the code.</summary>
    private static bool IsMoneyParse(IMethodSymbol method) => method.IsStatic && method.Name is "Parse" or "TryParse";

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        if (method is null)
        {
            return;
        }

        // [Currency("CNY")] states a code as Currency.FromCode does
        bool onCurrency = method.IsOn(types.Currency) || IsAnnotation(method, types);
        bool onMoney = method.IsOn(types.Money);
        if ((!onCurrency && !onMoney) || CurrencyCodes.Active.Count == 0)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            // only text can be a code: the operation's type first, then the parameter it is given to
            var value = argument.Value.SkipConversions();
            if (value?.Type?.SpecialType != SpecialType.System_String)
            {
                continue;
            }

            var parameter = argument.Parameter;
            if (parameter is null || !IsText(parameter.Type))
            {
                continue;
            }

            // On Currency every text parameter is a code; on Money the ones named for a currency, and the text of Parse
            // ("USD 5"), whose code is the part before the space.
            bool parse = onMoney && !parameter.NamesCurrency() && IsMoneyParse(method) && parameter.Ordinal == 0;
            if (onMoney && !parameter.NamesCurrency() && !parse)
            {
                continue;
            }

            CheckValue(context, value, parse, 0, null);
        }
    }

    /// <summary>
    /// Checks each constant a text value can be: the value itself, the arms of a <c>switch</c> or <c>?:</c> expression,
    /// the value of a local assigned once. A constant reached through a local is reported at the local's use
    /// (<paramref name="reportAt"/>), once per use, and without a fix.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static void CheckValue(in RuleContext context, IOperation? value, bool parse, int depth, IOperation? reportAt)
    {
        value = value.SkipConversions();
        if (value is null || depth > MaxDepth)
        {
            return;
        }

        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            CheckConstant(context, value, text, parse, reportAt);
            return;
        }

        switch (value)
        {
            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    CheckValue(context, arm.Value, parse, depth + 1, reportAt);
                }

                break;
            case IConditionalOperation { WhenFalse: not null } conditional:
                CheckValue(context, conditional.WhenTrue, parse, depth + 1, reportAt);
                CheckValue(context, conditional.WhenFalse, parse, depth + 1, reportAt);
                break;
            case ICoalesceOperation coalesce:
                CheckValue(context, coalesce.WhenNull, parse, depth + 1, reportAt);
                break;
            case ILocalReferenceOperation local:
                CheckValue(context, ValueFlow.SingleValue(local, null, context.Facts.Members, FlowMode.Exact, context.CancellationToken), parse, depth + 1, reportAt ?? local);
                break;
        }
    }

    /// <summary>Reports a constant that is not an active code (kept out of the hot path).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckConstant(in RuleContext context, IOperation value, string text, bool parse, IOperation? reportAt)
    {
        string code = text;
        string rest = string.Empty;
        if (parse)
        {
            // the canonical form: an active code, one space, an amount; only a code followed by an amount is judged,
            // also one glued to its amount ("RMB1000"), which the parser refuses for its code as it does "RMB 1000" (the
            // fix then writes the space too)
            string trimmed = text.TrimStart();
            int space = trimmed.IndexOf(' ');
            int glued = GluedCodeLength(trimmed);
            if (glued > 0)
            {
                code = trimmed.Substring(0, glued);
                rest = " " + trimmed.Substring(glued);
            }
            else if (space > 0)
            {
                code = trimmed.Substring(0, space);
                rest = trimmed.Substring(space);
            }
            else
            {
                return;
            }

            if (!HasLetter(code) || HasDigit(code))
            {
                return;
            }
        }

        if (CurrencyCodes.IsActive(code))
        {
            return;
        }

        context.Report(Unknown((reportAt ?? value).Syntax.GetLocation(), code, rest, parse, value is ILiteralOperation && reportAt is null));
    }

    /// <summary>The diagnostic for a constant code given to an annotation outside any operation, or null when it is an active code.</summary>
    private static Diagnostic? ConstantDiagnostic(Location location, string code, bool parse, bool fixable) =>
        CurrencyCodes.IsActive(code) ? null : Unknown(location, code, string.Empty, parse, fixable);

    /// <summary>The diagnostic for a code that is not active; <paramref name="fixable"/> when the fix may rewrite the literal.</summary>
    private static Diagnostic Unknown(Location location, string code, string rest, bool parse, bool fixable)
    {
        string? suggestion = CurrencyCodes.Suggest(code);
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (suggestion is not null && fixable)
        {
            properties = properties.Add(SuggestedCodeProperty, suggestion);
            if (parse)
            {
                properties = properties.Add(ReplacementTextProperty, suggestion + rest);
            }
        }

        return Diagnostic.Create(
            Descriptors.UnknownCurrencyCode,
            location,
            properties,
            MessageText.Shown(code),
            suggestion is null ? string.Empty : "; did you mean " + suggestion + "?");
    }

    /// <summary>
    /// The length of a code glued to the amount after it (<c>"RMB1,000"</c>, <c>"US$5"</c>, <c>"rmb-2.5"</c>): the characters
    /// before the first digit, sign, point, comma or white space, at least three of them (the parser reads three as the
    /// code; "Q1 2025", "FY2025" are no code and an amount), when an amount (a digit, or a sign or point and a digit)
    /// follows right there; else 0.
    /// </summary>
    private static int GluedCodeLength(string text)
    {
        int length = 0;
        while (length < text.Length && !(char.IsDigit(text[length]) || char.IsWhiteSpace(text[length]) || text[length] is '-' or '+' or '.' or ','))
        {
            length++;
        }

        if (length < 3 || length == text.Length)
        {
            return 0;
        }

        char next = text[length];
        return char.IsDigit(next) || (next is '-' or '+' or '.' && length + 1 < text.Length && char.IsDigit(text[length + 1])) ? length : 0;
    }

    private static bool HasLetter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(string text)
    {
        foreach (char c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(Hot.Path)]
    private static bool IsText(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_String
        || (type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span && span.TypeArguments[0].SpecialType == SpecialType.System_Char);
}
