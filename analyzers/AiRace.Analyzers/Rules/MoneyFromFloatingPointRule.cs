using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0002: reports Money constructed, created by a factory or scaled (<c>*</c>, <c>/</c>, <c>*=</c>, <c>/=</c>) from a
/// <c>double</c> or <c>float</c> amount (nullable or not): a cast, <c>Convert.ToDecimal</c>, <c>new decimal(double)</c>,
/// directly, in decimal arithmetic (<c>(decimal)rate * 100m</c>), or through a <c>decimal</c> local that holds such a
/// value (or a <c>decimal?</c> one never written again, also read through <c>.Value</c> or <c>.GetValueOrDefault()</c>). A double made a whole number first (<c>(long)Math.Round(d)</c>) is exact in decimal and not reported.
/// </summary>
internal sealed class MoneyFromFloatingPointRule : Rule, ICallRule, IBinaryRule, ICompoundAssignmentRule
{
    /// <summary>Diagnostic property: the decimal literals (separated by spaces) that replace the conversions at the diagnostic's additional locations, in order.</summary>
    public const string DecimalLiteralProperty = "DecimalLiteral";

    public MoneyFromFloatingPointRule()
        : base(Descriptors.MoneyFromFloatingPoint)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Of(KnownTypes.MoneyName, ".ctor", "Of", "Cny", "Millions", "Scaled", "op_Multiply", "op_Division");

    /// <summary>Only calls of Money's constructors and factories with a decimal parameter can be reported.</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types)
    {
        if (!method.IsOn(types.Money) || !(method.MethodKind == MethodKind.Constructor || (method.IsStatic && types.IsMoney(method.ReturnType))))
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_Decimal && !parameter.IsParams)
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
        // Money's constructor and its static factories that return Money
        if (method is null || !method.IsOn(types.Money) || !(method.MethodKind == MethodKind.Constructor || (method.IsStatic && types.IsMoney(method.ReturnType))))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            // the argument's converted value has the parameter's type, read without asking the parameter for it
            if (argument.ArgumentKind != ArgumentKind.ParamArray && argument.Value.Type?.SpecialType == SpecialType.System_Decimal)
            {
                Check(context, argument.Value);
            }
        }
    }

    [MethodImpl(Hot.Path)]
    public void AnalyzeBinary(in RuleContext context, IBinaryOperation binary)
    {
        // money * (decimal)0.1: the factor of a scaling is an amount-shaping value too
        var types = context.Types;
        if (binary.OperatorMethod.IsOn(types.Money) && binary.OperatorKind is BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide)
        {
            if (binary.LeftOperand.Type?.SpecialType == SpecialType.System_Decimal)
            {
                Check(context, binary.LeftOperand);
            }

            if (binary.RightOperand.Type?.SpecialType == SpecialType.System_Decimal)
            {
                Check(context, binary.RightOperand);
            }
        }
    }

    [MethodImpl(Hot.Path)]
    public void AnalyzeCompoundAssignment(in RuleContext context, ICompoundAssignmentOperation compound)
    {
        // total *= (decimal)discount: the factor of a scaling, as in total * (decimal)discount
        if (compound.OperatorMethod.IsOn(context.Types.Money) && compound.OperatorKind is BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide
            && compound.Value.Type?.SpecialType == SpecialType.System_Decimal)
        {
            Check(context, compound.Value);
        }
    }

    [MethodImpl(Hot.Path)]
    private static void Check(in RuleContext context, IOperation value)
    {
        // optimistic first (a local keeps its initial value), proved exactly only when that finds a floating source
        var facts = context.Facts;
        if (FloatingSource(value, 0, facts, FlowMode.Optimistic, context.CancellationToken) is not null
            && FloatingSource(value, 0, facts, FlowMode.Exact, context.CancellationToken) is { } source)
        {
            Report(context, value, source);
        }
    }

    /// <summary>Reports a floating-point source (kept out of the optimised hot path, which JIT-compiles it in every compiler process).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Report(in RuleContext context, IOperation value, IOperation source)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        var converted = LiteralConversions(value, out string? literals);
        if (literals is not null)
        {
            properties = properties.Add(DecimalLiteralProperty, literals);
        }

        context.Report(Diagnostic.Create(
            Descriptors.MoneyFromFloatingPoint,
            value.Syntax.GetLocation(),
            converted,
            properties,
            source.Type?.SpecialType == SpecialType.System_Single ? "float" : "double"));
    }

    /// <summary>The double/float expression a decimal value is converted from, or null.</summary>
    [MethodImpl(Hot.Path)]
    private static IOperation? FloatingSource(IOperation? value, int depth, CompilationFacts facts, FlowMode mode, System.Threading.CancellationToken cancellationToken, bool everyWrite = true)
    {
        var current = value;
        for (int i = depth; i < 12 && current is not null; i++)
        {
            switch (current)
            {
                case IParenthesizedOperation parenthesized:
                    current = parenthesized.Operand;
                    continue;
                case IConversionOperation conversion:
                    if (IsInteger(conversion.Type))
                    {
                        // (long)Math.Round(measured), (long)d: a whole number, which decimal holds exactly; but
                        // (long)(price * 100) truncates a product that binary may hold just below a whole number
                        // (long)(price * 100) truncates a product that binary may hold just below a whole number, and
                        // so does (long)Math.Floor(price * 100)
                        return IsFloating(conversion.Operand.Type) && TruncatesProduct(conversion.Operand.SkipConversions(), rounds: false) ? conversion.Operand : null;
                    }

                    if (IsFloating(conversion.Operand.Type))
                    {
                        // (decimal)Math.Round(figure): a double made whole first is exact in decimal (not Math.Floor of a
                        // product, which truncates as (long) does)
                        return MakesWhole(conversion.Operand.SkipConversions()) ? null : conversion.Operand;
                    }

                    current = conversion.Operand;
                    continue;
                case IInvocationOperation { TargetMethod: { ReturnType.SpecialType: SpecialType.System_Decimal } method, Arguments.Length: >= 1 } invocation
                    when method.ContainingType is { Name: "Convert" or "Decimal", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } && IsFloating(invocation.Arguments[0].Value.SkipImplicitConversions()?.Type ?? invocation.Arguments[0].Parameter?.Type):
                    // Convert.ToDecimal(double), decimal.CreateChecked(double) and friends, the same conversion as the
                    // cast: a double made whole first is exact in decimal
                    return MakesWhole(invocation.Arguments[0].Value.SkipConversions()) ? null : invocation.Arguments[0].Value.SkipImplicitConversions();
                case IInvocationOperation { TargetMethod: { ContainingType: { Name: "Convert", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } method, Arguments.Length: >= 1 } toInteger
                    when IsInteger(method.ReturnType) && IsFloating(toInteger.Arguments[0].Value.SkipImplicitConversions()?.Type):
                    // Convert.ToInt64(d) rounds to a whole number, exact in decimal; Convert.ToInt64(Math.Floor(price * 100))
                    // truncates a product as (long) does
                    return TruncatesProduct(toInteger.Arguments[0].Value.SkipConversions(), rounds: true) ? toInteger.Arguments[0].Value.SkipImplicitConversions() : null;
                case IObjectCreationOperation { Type.SpecialType: SpecialType.System_Decimal, Arguments.Length: 1 } creation
                    when IsFloating(creation.Arguments[0].Value.Type):
                    return MakesWhole(creation.Arguments[0].Value.SkipConversions()) ? null : creation.Arguments[0].Value;
                case IBinaryOperation { Type.SpecialType: SpecialType.System_Decimal, OperatorMethod: null or { ContainingType.SpecialType: SpecialType.System_Decimal } } binary:
                    // decimal arithmetic on a converted double: (decimal)rate * 100m
                    return FloatingSource(binary.LeftOperand, i + 1, facts, mode, cancellationToken, everyWrite)
                        ?? FloatingSource(binary.RightOperand, i + 1, facts, mode, cancellationToken, everyWrite);
                case IInvocationOperation { TargetMethod: { ReturnType.SpecialType: SpecialType.System_Decimal } method } call
                    when method.ContainingType?.SpecialType == SpecialType.System_Decimal || IsMath(method.ContainingType):
                    // Math.Abs((decimal)refund), decimal.Negate(…), Math.Max(…): decimal arithmetic on its arguments
                    foreach (var argument in call.Arguments)
                    {
                        if (argument.Value.Type?.SpecialType == SpecialType.System_Decimal
                            && FloatingSource(argument.Value, i + 1, facts, mode, cancellationToken, everyWrite) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case IInvocationOperation { TargetMethod: { ReturnType.SpecialType: SpecialType.System_Decimal, DeclaringSyntaxReferences.Length: 1 } method } helper
                    when !method.IsOn(facts.Types.Money):
                    // Dec(r.Value) where static decimal Dec(double d) => (decimal)d: a helper of the compilation whose every
                    // return makes its double parameter decimal makes the double it is given decimal
                    return HelperConversionOf(helper, method, facts, cancellationToken);
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    // q.HasPrice ? (decimal)q.Price : 0m
                    return FloatingSource(conditional.WhenTrue, i + 1, facts, mode, cancellationToken, everyWrite)
                        ?? FloatingSource(whenFalse, i + 1, facts, mode, cancellationToken, everyWrite);
                case ISwitchExpressionOperation switchExpression:
                    // kind switch { 1 => (decimal)measured, _ => 0m }: each arm's value
                    foreach (var arm in switchExpression.Arms)
                    {
                        if (FloatingSource(arm.Value, i + 1, facts, mode, cancellationToken, everyWrite) is { } fromArm)
                        {
                            return fromArm;
                        }
                    }

                    return null;
                case ICoalesceOperation coalesce:
                    // (decimal?)row.Price ?? 0m
                    return FloatingSource(coalesce.Value, i + 1, facts, mode, cancellationToken, everyWrite)
                        ?? FloatingSource(coalesce.WhenNull, i + 1, facts, mode, cancellationToken, everyWrite);
                case IUnaryOperation { Type.SpecialType: SpecialType.System_Decimal } unary:
                    current = unary.Operand;
                    continue;
                case IPropertyReferenceOperation { Property: { Name: "Value", IsStatic: false } property, Instance: { } nullable }
                    when IsNullableDecimal(property.ContainingType):
                    // p.Value of a decimal? (decimal? p = (decimal?)row.Measured): the value it holds
                    current = nullable;
                    continue;
                case IInvocationOperation { TargetMethod: { Name: "GetValueOrDefault", IsStatic: false } method, Instance: { } nullable } orDefault
                    when IsNullableDecimal(method.ContainingType):
                    // p.GetValueOrDefault(), p.GetValueOrDefault(1.5m): the value it holds, or the default given
                    return FloatingSource(nullable, i + 1, facts, mode, cancellationToken, everyWrite)
                        ?? (orDefault.Arguments.Length == 1 ? FloatingSource(orDefault.Arguments[0].Value, i + 1, facts, mode, cancellationToken, everyWrite) : null);
                case ILocalReferenceOperation local when Underlying(local.Type)?.SpecialType == SpecialType.System_Decimal:
                    // a decimal local computed from a double: var amount = (decimal)measured; new Money(amount, c); a
                    // decimal? one only while never written again (decimal? p = (decimal?)row.Measured)
                    current = ValueFlow.SingleValue(local, null, facts.Members, mode, cancellationToken, bound: true);
                    if (current is null && everyWrite && local.Type!.SpecialType == SpecialType.System_Decimal)
                    {
                        // written again (or declared without a value, which even the optimistic pass finds no value
                        // for): made from a double by each write
                        return EveryWriteFloating(local, i + 1, facts, cancellationToken);
                    }

                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The double (or float) argument a call of a helper of the compilation makes decimal (see <see
    /// cref="ConvertedParameter"/>): null when the helper is no such helper, or when the argument is not floating in
    /// itself (an integer widened to the double parameter, <c>Dec(5)</c>) or is made a whole number first.
    /// </summary>
    private static IOperation? HelperConversionOf(IInvocationOperation call, IMethodSymbol method, CompilationFacts facts, System.Threading.CancellationToken cancellationToken)
    {
        if (!HasFloatingParameter(method))
        {
            return null;
        }

        int ordinal = facts.FloatingHelpers.Get(method, cancellationToken).Ordinal;
        if (ordinal < 0)
        {
            return null;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal && argument.ArgumentKind == ArgumentKind.Explicit
                && argument.Value.SkipImplicitConversions() is { } given && IsFloating(given.Type))
            {
                return MakesWhole(given.SkipConversions()) ? null : given;
            }
        }

        return null;
    }

    private static bool HasFloatingParameter(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (IsFloating(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The ordinal of the double or float parameter (passed by value, never written) that every return of a method of the
    /// compilation makes decimal, as the rule reads a value (a cast, <c>Convert.ToDecimal</c>, decimal arithmetic on
    /// one…), for a method whose body is the only code that can run for it (not virtual, abstract, partial or of an
    /// interface); -1 for any other method.
    /// </summary>
    internal static FloatingHelper ConvertedParameter(IMethodSymbol method, CompilationFacts facts, System.Threading.CancellationToken cancellationToken)
    {
        if (method.IsAbstract || method.IsVirtual || method.IsOverride || method.IsExtern || method.IsAsync || method.PartialImplementationPart is not null
            || method.ContainingType?.TypeKind == TypeKind.Interface || !facts.Search.IsOwn(method))
        {
            return FloatingHelper.None;
        }

        SyntaxNode? body = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            BaseMethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody?.Expression,
            LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression,
            _ => null,
        };
        if (body is null || facts.Search.ModelOf(body.SyntaxTree).GetOperation(body, cancellationToken) is not { } operation)
        {
            return FloatingHelper.None;
        }

        foreach (var any in operation.DescendantsAndSelf())
        {
            var written = any switch
            {
                IAssignmentOperation { Target: IParameterReferenceOperation target } => target.Parameter,
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: IParameterReferenceOperation given } => given.Parameter,
                _ => null,
            };
            if (any is IDeconstructionAssignmentOperation || written is not null && SymbolEqualityComparer.Default.Equals(written.ContainingSymbol, method))
            {
                // a parameter written (also by a lambda or local function of the body, or in an expression body) may
                // hold something else than the double given
                return FloatingHelper.None;
            }
        }

        int ordinal = -1;
        if (operation is not IBlockOperation)
        {
            // an expression body: its value
            return ConvertedFrom(operation, method, facts, cancellationToken) is { } only ? FloatingHelper.Of(only) : FloatingHelper.None;
        }

        foreach (var own in CurrencyFlow.OwnOperations(operation))
        {
            switch (own)
            {
                case IReturnOperation { ReturnedValue: { } returned }:
                    if (ConvertedFrom(returned, method, facts, cancellationToken) is not { } from || ordinal >= 0 && from != ordinal)
                    {
                        return FloatingHelper.None;
                    }

                    ordinal = from;
                    break;
                case IReturnOperation:
                    return FloatingHelper.None;
            }
        }

        return ordinal < 0 ? FloatingHelper.None : FloatingHelper.Of(ordinal);
    }

    /// <summary>The ordinal of the method's own floating parameter a returned value is made decimal from, or null.</summary>
    private static int? ConvertedFrom(IOperation returned, IMethodSymbol method, CompilationFacts facts, System.Threading.CancellationToken cancellationToken) =>
        FloatingSource(returned, 0, facts, FlowMode.Exact, cancellationToken)?.SkipConversions() is IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter }
        && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method) && IsFloating(parameter.Type)
            ? parameter.Ordinal
            : null;

    /// <summary>
    /// The double a <c>decimal</c> local written more than once is made from, when every write makes it from one: its
    /// declaration (unless it has no value: the local is then read only once assigned) and each simple assignment (in any branch, lambda or loop of its scope) converts a double, and the
    /// rest only change it in place (<c>+=</c>, <c>++</c>), which keeps a value made from a double so made. Null when any
    /// write may not (a decimal written, a <c>ref</c> or <c>out</c> argument or receiver, a deconstruction, an address
    /// taken, a compound assignment that reads the local or multiplies by zero), or when a write reads another local
    /// written more than once.
    /// </summary>
    private static IOperation? EveryWriteFloating(ILocalReferenceOperation reference, int depth, CompilationFacts facts, System.Threading.CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef || reference.SemanticModel is not { } model || ValueFlow.DeclaratorInTree(reference, local) is not { } declarator
            || declarator.Syntax is not VariableDeclaratorSyntax declaration || LocalWrites.ScopeOfStatement(declaration.Parent?.Parent) is not { } scope)
        {
            return null;
        }

        // declared without a value (decimal amount;): no write, and the compiler lets it be read only once assigned
        IOperation? source = null;
        if (declarator.Initializer?.Value is { } initial
            && (source = FloatingSource(initial, depth, facts, FlowMode.Exact, cancellationToken, everyWrite: false)) is null)
        {
            return null;
        }

        foreach (var token in IdentifierScan.In(scope, local.Name, cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax name || name.Parent is MemberAccessExpressionSyntax { Name: var member } && member == name)
            {
                continue;
            }

            SyntaxNode node = name;
            while (node.Parent is ParenthesizedExpressionSyntax)
            {
                node = node.Parent;
            }

            switch (node.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left == node:
                    if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                    {
                        if (Resets(assignment, local.Name))
                        {
                            return null;
                        }
                    }
                    else if (model.GetOperation(assignment, cancellationToken) is not ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } written
                        || !SymbolEqualityComparer.Default.Equals(target.Local, local)
                        || FloatingSource(written.Value, depth + 1, facts, FlowMode.Exact, cancellationToken, everyWrite: false) is not { } assigned)
                    {
                        return null;
                    }
                    else
                    {
                        source ??= assigned;
                    }

                    // amount += fee, amount *= 2m: changed in place from a value made from a double
                    break;
                case PrefixUnaryExpressionSyntax increment when increment.IsKind(SyntaxKind.PreIncrementExpression) || increment.IsKind(SyntaxKind.PreDecrementExpression):
                case PostfixUnaryExpressionSyntax:
                    // amount++: changed in place too
                    break;
                default:
                    // any other write (ref or out, a deconstruction, an address taken, amount.Set(12.5m) through a
                    // `this ref` extension) may make it exact
                    if (LocalWrites.Writes(name, local, model, cancellationToken))
                    {
                        return null;
                    }

                    break;
            }
        }

        return source;
    }

    /// <summary>
    /// Whether a compound assignment may make the local exact again: <c>amount *= 0m</c>, <c>amount -= amount</c>, any that
    /// reads the local itself on the right or multiplies by a constant zero.
    /// </summary>
    private static bool Resets(AssignmentExpressionSyntax compound, string name)
    {
        foreach (var token in compound.Right.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
            {
                return true;
            }
        }

        return compound.IsKind(SyntaxKind.MultiplyAssignmentExpression) && compound.Right is LiteralExpressionSyntax { Token.Value: 0m or 0 or 0d or 0L };
    }

    /// <summary>double or float, or a nullable one (<c>(decimal)row.Price</c> of a <c>double?</c>).</summary>
    [MethodImpl(Hot.Path)]
    private static bool IsFloating(ITypeSymbol? type) => Underlying(type)?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;

    private static bool IsInteger(ITypeSymbol? type) =>
        Underlying(type)?.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;

    /// <summary>
    /// Whether a double made a whole number truncates a product or quotient on the way: <c>price * 100</c> itself (cast to an
    /// integer, which truncates; not when <paramref name="rounds"/>, as <c>Convert.ToInt64</c> rounds), or
    /// <c>Math.Floor</c>, <c>Math.Ceiling</c> or <c>Math.Truncate</c> of one (<c>(long)Math.Floor(price * 100)</c>), since
    /// binary may hold 0.29 × 100 as 28.999….
    /// </summary>
    private static bool TruncatesProduct(IOperation? operation, bool rounds) =>
        operation is IBinaryOperation ? !rounds
        : operation is IInvocationOperation { TargetMethod: { Name: "Floor" or "Ceiling" or "Truncate" } method, Arguments.Length: 1 } call
            && IsMathOrFloating(method.ContainingType) && call.Arguments[0].Value.SkipConversions() is IBinaryOperation
        || operation is IInvocationOperation round && DirectedRoundingOfProduct(round);

    /// <summary>
    /// <c>Math.Round(price * 100, MidpointRounding.ToZero)</c> (also <c>ToNegativeInfinity</c>, <c>ToPositiveInfinity</c>,
    /// with no digits or 0 digits) of a product or quotient: directed rounding, which is <c>Math.Truncate</c>,
    /// <c>Math.Floor</c> or <c>Math.Ceiling</c> of it, not a midpoint rule.
    /// </summary>
    private static bool DirectedRoundingOfProduct(IInvocationOperation call)
    {
        if (call.TargetMethod is not { Name: "Round" } method || !IsMathOrFloating(method.ContainingType) || !IsFloating(method.ReturnType))
        {
            return false;
        }

        bool directed = false;
        bool product = false;
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                return false;
            }

            if (parameter.Ordinal == 0)
            {
                product = argument.Value.SkipConversions() is IBinaryOperation;
            }
            else if (parameter.Type is { TypeKind: TypeKind.Enum, Name: "MidpointRounding" })
            {
                var mode = argument.Value.SkipConversions();
                directed = mode is IFieldReferenceOperation { Field.Name: "ToZero" or "ToNegativeInfinity" or "ToPositiveInfinity" }
                    || mode?.ConstantValue is { HasValue: true, Value: int value } && value is >= 2 and <= 4;
            }
            else if (argument.Value.ConstantValue is not { HasValue: true, Value: 0 })
            {
                // Math.Round(d, 2, …): digits kept, not a whole number
                return false;
            }
        }

        return directed && product;
    }

    /// <summary><c>Math.Round(d)</c>, <c>Math.Floor</c>, <c>Math.Ceiling</c>, <c>Math.Truncate</c> (or <c>double.Round</c>…) of a double, without digits: a whole number.</summary>
    private static bool MakesWhole(IOperation? operation)
    {
        if (operation is not IInvocationOperation { TargetMethod: { Name: "Round" or "Floor" or "Ceiling" or "Truncate" } method, Arguments.Length: >= 1 } call
            || !IsMathOrFloating(method.ContainingType) || !IsFloating(method.ReturnType))
        {
            return false;
        }

        if (DirectedRoundingOfProduct(call))
        {
            // Math.Round(price * 100, MidpointRounding.ToZero): truncates (floors, ceils) the product as Math.Truncate does
            return false;
        }

        foreach (var argument in call.Arguments)
        {
            switch (argument.Parameter?.Ordinal)
            {
                case 0 when method.Name != "Round" && argument.Value.SkipConversions() is IBinaryOperation:
                    // Math.Floor(price * 100): truncates a product binary may hold just below a whole number
                    return false;
                case 0:
                    break;
                default:
                    // Math.Round(d, 0), Math.Round(d, MidpointRounding.AwayFromZero): whole; Math.Round(d, 2) is not
                    if (argument.Parameter?.Type.TypeKind != TypeKind.Enum && argument.Value.ConstantValue is not { HasValue: true, Value: 0 })
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary><c>Math</c>, <c>MathF</c>, or <c>double</c>/<c>float</c> themselves (<c>double.Round(d)</c> is <c>Math.Round(d)</c>).</summary>
    private static bool IsMathOrFloating(INamedTypeSymbol? type) =>
        IsMath(type) || type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;

    private static bool IsMath(INamedTypeSymbol? type) =>
        type is { Name: "Math" or "MathF", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary><c>decimal?</c> (<c>Nullable&lt;decimal&gt;</c>), whose <c>Value</c> and <c>GetValueOrDefault</c> read the decimal it holds.</summary>
    private static bool IsNullableDecimal(INamedTypeSymbol? type) =>
        type is { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: { Length: 1 } arguments } && arguments[0].SpecialType == SpecialType.System_Decimal;

    /// <summary>A type without <c>Nullable&lt;T&gt;</c> around it (<see cref="KnownTypes.Unwrap"/>), or null.</summary>
    private static ITypeSymbol? Underlying(ITypeSymbol? type) => type is null ? null : KnownTypes.Unwrap(type);

    /// <summary>
    /// Where the fix replaces what: the conversions in the reported value that make a double decimal right where it is
    /// written (<c>(decimal)0.1</c>, <c>Convert.ToDecimal(0.2)</c>), and their decimal literals in the same order,
    /// separated by spaces. Null (no fix) when there is none, or when one of them converts something other than a
    /// literal (<c>(decimal)(0.1 + x)</c>). Other doubles in the value (<c>(int)2.5</c>, <c>Surcharge(0.5)</c>) and what
    /// the value does with the conversions (<c>* 100m</c>, a minus) stay.
    /// </summary>
    private static Location[]? LiteralConversions(IOperation value, out string? literals)
    {
        literals = null;
        List<Location>? locations = null;
        string text = string.Empty;
        foreach (var operation in value.Descendants())
        {
            if (!IsFloating(operation.Type) || IsFloating(operation.Parent?.Type))
            {
                continue;
            }

            // the outermost floating-point value of its branch, made decimal right there (what else the value does with
            // doubles, (int)2.5, Surcharge(0.5), a lambda's test, is not the fix's to change); a conversion of anything
            // but a literal has no fix
            if (DirectConversionOf(operation) is not { } conversion || !value.Syntax.Span.Contains(conversion.Syntax.Span))
            {
                continue;
            }

            if (DecimalLiteralFor(operation) is not { } literal)
            {
                return null;
            }

            (locations ??= new List<Location>()).Add(conversion.Syntax.GetLocation());
            text = text.Length == 0 ? literal : text + " " + literal;
        }

        literals = locations is null ? null : text;
        return locations?.ToArray();
    }

    /// <summary>
    /// The operation that makes a floating-point value decimal where it is written: the cast (<c>(decimal)0.1</c>), or
    /// the <c>System.Convert</c> or <c>decimal</c> method (<c>Convert.ToDecimal(0.1)</c>, <c>decimal.CreateChecked</c>) or
    /// <c>new decimal(…)</c> it is given to; null for anything else.
    /// </summary>
    private static IOperation? DirectConversionOf(IOperation source)
    {
        var parent = source.Parent;
        while (parent is IConversionOperation { IsImplicit: true } implicitly && Underlying(implicitly.Type)?.SpecialType != SpecialType.System_Decimal)
        {
            // Convert.ToDecimal(0.1, provider) takes the double boxed
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IConversionOperation conversion when Underlying(conversion.Type)?.SpecialType == SpecialType.System_Decimal:
                return conversion;
            case IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { ReturnType.SpecialType: SpecialType.System_Decimal } method } invocation }
                when method.ContainingType is { Name: "Convert" or "Decimal", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }:
                return invocation;
            case IArgumentOperation { Parent: IObjectCreationOperation { Type.SpecialType: SpecialType.System_Decimal } creation }:
                return creation;
            default:
                return null;
        }
    }

    /// <summary>The decimal literal for a floating literal (with an optional minus), keeping its digits as written.</summary>
    private static string? DecimalLiteralFor(IOperation source)
    {
        string signText = string.Empty;
        var operation = source.SkipConversions();
        if (operation is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } sign)
        {
            signText = sign.OperatorKind == UnaryOperatorKind.Minus ? "-" : "+";
            operation = sign.Operand.SkipConversions();
        }

        if (operation is not ILiteralOperation literal || !IsFloatingOrInteger(literal.Type))
        {
            return null;
        }

        string text = literal.Syntax.ToString().Replace("_", string.Empty);
        if (text.Length == 0)
        {
            return null;
        }

        char last = text[text.Length - 1];
        if (last is 'd' or 'D' or 'f' or 'F')
        {
            text = text.Substring(0, text.Length - 1);
        }

        foreach (char c in text)
        {
            if (!(char.IsDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return null;
            }
        }

        if (text.StartsWith(".", System.StringComparison.Ordinal))
        {
            text = "0" + text;
        }

        return signText + text + "m";
    }

    private static bool IsFloatingOrInteger(ITypeSymbol? type) =>
        type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Int32 or SpecialType.System_Int64;
}

/// <summary>The ordinal of the floating parameter a helper makes decimal on every return (-1: none).</summary>
internal sealed class FloatingHelper
{
    public static readonly FloatingHelper None = new(-1);

    private static readonly FloatingHelper[] Small = { new(0), new(1), new(2), new(3) };

    private FloatingHelper(int ordinal) => Ordinal = ordinal;

    public int Ordinal { get; }

    public static FloatingHelper Of(int ordinal) => ordinal < Small.Length ? Small[ordinal] : new FloatingHelper(ordinal);
}
