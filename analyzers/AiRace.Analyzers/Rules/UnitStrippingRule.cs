using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0004: reports arithmetic or comparison between the <c>Amount</c>s of two Money values, read directly or through
/// <c>decimal</c> locals that hold them: the operators, <c>Math.Max</c>/<c>Math.Min</c> (or <c>decimal.Max</c>/<c>Min</c>)
/// of two amounts, and the method forms of a comparison (<c>a.Amount.CompareTo(b.Amount)</c>, <c>decimal.Compare</c>,
/// <c>Equals</c>, <c>object.Equals</c>, <c>Comparer&lt;decimal&gt;.Default.Compare</c>,
/// <c>EqualityComparer&lt;decimal&gt;.Default.Equals</c>, their interfaces, an amount cast to <c>IComparable</c>);
/// not where the code has checked the two values' currencies for equality before, in the same function.
/// </summary>
internal sealed class UnitStrippingRule : Rule, IBinaryRule, ICallRule
{
    /// <summary>Diagnostic property present when both sides are plain <c>x.Amount</c> accesses, so the fix can apply.</summary>
    public const string FixableProperty = "Fixable";

    /// <summary>
    /// Diagnostic property present when the reported sum or difference is part of a quotient of amounts known to be in
    /// two currencies (an exchange rate): the fix rewrites the sum alone, not the quotient.
    /// </summary>
    public const string InRateProperty = "InExchangeRate";

    public UnitStrippingRule()
        : base(Descriptors.UnitStripping)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.MoneyName, "Amount", "Currency"),
        ApiName.Of("System.Object", "Equals"),
        ApiName.Of("System.IComparable", "CompareTo"),
        ApiName.Of("System.IComparable`1", "CompareTo"),
        ApiName.Of("System.Collections.Generic.IComparer`1", "Compare"),
        ApiName.Of("System.Collections.Generic.IEqualityComparer`1", "Equals"),
        ApiName.Of("System.Math", "Max", "Min"),
        ApiName.Of("System.Decimal", "Max", "Min", "Compare", "CompareTo", "Equals"),
        ApiName.Of("System.Collections.Generic.Comparer`1", "Default", "Compare"),
        ApiName.Of("System.Collections.Generic.EqualityComparer`1", "Default", "Equals"));

    /// <summary>
    /// Only calls that can take two amounts: <c>Math.Max</c>/<c>Min</c> and <c>decimal.Max</c>/<c>Min</c> of decimals,
    /// <c>decimal</c>'s <c>CompareTo</c>, <c>Equals</c> and <c>Compare</c>, the static <c>object.Equals</c>,
    /// <c>IComparable</c>'s and <c>IComparable&lt;T&gt;</c>'s <c>CompareTo</c>, <c>Comparer&lt;T&gt;.Compare</c> and
    /// <c>EqualityComparer&lt;T&gt;.Equals</c> and their interfaces' (<c>IComparer&lt;T&gt;</c>, <c>IEqualityComparer&lt;T&gt;</c>),
    /// also of a type that implements one.
    /// </summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types)
    {
        var type = method.ContainingType;
        switch (method.Parameters.Length)
        {
            case 1:
                return !method.IsStatic && method.Name is "CompareTo" or "Equals"
                    && (type.SpecialType == SpecialType.System_Decimal || (method.Name == "CompareTo" && IsComparable(type)));
            case 2 when method.IsStatic:
                return method.Name is "Max" or "Min"
                    ? method.Parameters[0].Type.SpecialType == SpecialType.System_Decimal && (method.IsOn(types.Math) || type.SpecialType == SpecialType.System_Decimal)
                    : (method.Name is "Compare" or "Equals" && type.SpecialType == SpecialType.System_Decimal)
                        || (method.Name == "Equals" && type.SpecialType == SpecialType.System_Object);
            case 2:
                return method.Name is "Compare" or "Equals" && !method.IsStatic
                    && (IsComparerOrDerived(type, method.Name) || ImplementsComparer(type, method.Name));
            default:
                return false;
        }
    }

    /// <summary>Whether a type is <see cref="IsComparer"/>'s comparer class or derives from it (<c>sealed class Reverse : Comparer&lt;decimal&gt;</c>).</summary>
    private static bool IsComparerOrDerived(INamedTypeSymbol? type, string method)
    {
        for (int depth = 0; type is not null && depth < 8; type = type.BaseType, depth++)
        {
            if (type.SpecialType == SpecialType.System_Object)
            {
                return false;
            }

            if (IsComparer(type, method))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a type is <c>System.Collections.Generic.Comparer&lt;T&gt;</c> (for <c>Compare</c>) or
    /// <c>EqualityComparer&lt;T&gt;</c> (for <c>Equals</c>), or with the <paramref name="prefix"/> <c>I</c> their
    /// interfaces.
    /// </summary>
    private static bool IsComparer(INamedTypeSymbol type, string method, string prefix = "") =>
        type.Arity == 1 && type.Name == prefix + (method == "Compare" ? "Comparer" : "EqualityComparer")
        && type.ContainingNamespace is { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    /// <summary>
    /// Whether a type is <c>IComparer&lt;T&gt;</c> (for <c>Compare</c>) or <c>IEqualityComparer&lt;T&gt;</c> (for
    /// <c>Equals</c>), or implements it (<c>sealed class ByValue : IComparer&lt;decimal&gt;</c>).
    /// </summary>
    private static bool ImplementsComparer(INamedTypeSymbol type, string method)
    {
        if (type.TypeKind == TypeKind.Interface)
        {
            return IsComparer(type, method, "I");
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsComparer(implemented, method, "I"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a type is <c>System.IComparable</c> or <c>System.IComparable&lt;T&gt;</c>.</summary>
    private static bool IsComparable(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Interface && type.Name == "IComparable" && type.Arity <= 1
        && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        // two arguments (Max, Min, Compare, Equals of two values), or an instance and one argument (x.CompareTo(y), x.Equals(y))
        IOperation? first = arguments.Length switch
        {
            1 => (call as IInvocationOperation)?.Instance,
            2 => arguments[0].Value,
            _ => null,
        };
        if (method is null || first is null || KnownTypes.IsInside(context.ContainingSymbol, context.Types.Money))
        {
            return;
        }

        // ((IComparable)a.Amount).CompareTo(b.Amount): the amount cast to the interface it is compared through, also
        // ((IComparable<decimal>?)a?.Amount)?.CompareTo(b.Amount)
        bool cast = false;
        if (method.ContainingType.TypeKind == TypeKind.Interface && arguments.Length == 1)
        {
            var instance = first is IConditionalAccessInstanceOperation && call.Parent is IConditionalAccessOperation access && access.WhenNotNull == call
                ? access.Operation
                : first;
            if (instance is IConversionOperation { IsImplicit: false, Operand: { Type: { } type } operand } && KnownTypes.Unwrap(type).SpecialType == SpecialType.System_Decimal)
            {
                first = operand;
                cast = true;
            }
        }

        if (AmountOf(context, first, out bool firstPlain) is not { } one
            || AmountOf(context, arguments[arguments.Length - 1].Value, out bool secondPlain) is not { } other
            || CurrenciesChecked(context, call, one, other))
        {
            return;
        }

        // Max and Min have no fix; a comparer's Compare or Equals has one only on its Default (not through its interface),
        // CompareTo only on the amount itself (not cast to IComparable)
        // an Equals whose result is dropped (a statement, or a void lambda's body) has none: x == y is no statement
        bool fixable = firstPlain && secondPlain && !cast && method.Name is not ("Max" or "Min")
            && (method.IsStatic || arguments.Length == 1 || IsDefault(((IInvocationOperation)call).Instance))
            && !(method.Name == "Equals" && call.Parent is IExpressionStatementOperation);
        Report(context, call, fixable);
    }

    /// <summary>
    /// Whether the code has checked, before the operation in its own function, that the two money values whose amounts
    /// it uses are in one currency (<c>if (a.Currency != b.Currency) throw …;</c>, <c>a.Currency == b.Currency ? … : …</c>,
    /// <c>a.Currency == b.Currency &amp;&amp; …</c>): the same locals, parameters or member paths, not the same text.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CurrenciesChecked(in RuleContext context, IOperation operation, IOperation first, IOperation second)
    {
        foreach (var (test, holds, switched, localsOnly) in CurrencyGuards.Around(operation, context.Types))
        {
            if (!switched && CurrencyGuards.ShowsOneCurrency(test, holds, first, second, context.Types, context.Facts.GuardHelpers, context.CancellationToken)
                && ((CurrencyGuards.CannotBeChanged(first) && CurrencyGuards.CannotBeChanged(second))
                    || (!localsOnly && !CurrencyGuards.CodeRunsBetween(test, operation, context.Types, context.Facts.GuardHelpers, context.CancellationToken))))
            {
                return !MayBeWritten(operation, first, context.CancellationToken) && !MayBeWritten(operation, second, context.CancellationToken);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the storage a money value is read from may be written anywhere in the member around the operation, so
    /// that a check of its currency may be of another value: the local or parameter it is read from (<c>a</c> of
    /// <c>a</c> or <c>a.Budget</c>), a local or parameter that indexes it (<c>i</c> of <c>xs[i]</c>), or a member of
    /// its path assigned (<c>o.Fee = …</c>, <c>Cap = …</c>, <c>xs[0] = …</c>); not by <paramref name="ignoredWrite"/>, the
    /// assignment that stores the operation's own result (AIR0001's <c>total += p</c>).
    /// </summary>
    internal static bool MayBeWritten(IOperation operation, IOperation value, CancellationToken cancellationToken, SyntaxNode? ignoredWrite = null)
    {
        var top = operation;
        while (top.Parent is { } parent)
        {
            top = parent;
        }

        if (operation.SemanticModel is not { } model)
        {
            return true;
        }

        var members = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var path = new List<IMemberReferenceOperation>();
        var root = value.SkipConversions();
        for (int depth = 0; root is IMemberReferenceOperation member && depth < 8; depth++)
        {
            members.Add(member.Member.OriginalDefinition);
            path.Add(member);
            if (member is IPropertyReferenceOperation { Arguments: { Length: > 0 } arguments })
            {
                foreach (var argument in arguments)
                {
                    if (Variable(argument.Value) is { } index && LocalWrites.SymbolMayBeWrittenIn(index, ForBody(index, operation) ?? top.Syntax, model, cancellationToken))
                    {
                        return true;
                    }
                }
            }

            if (member.Instance is not { } instance)
            {
                break;
            }

            root = instance.SkipConversions();
        }

        if (root is IArrayElementReferenceOperation element)
        {
            // xs[i]: the index, the array variable, and any element of that array written
            foreach (var index in element.Indices)
            {
                if (Variable(index) is { } written && LocalWrites.SymbolMayBeWrittenIn(written, ForBody(written, operation) ?? top.Syntax, model, cancellationToken))
                {
                    return true;
                }
            }

            if (element.ArrayReference.SkipConversions() is not (ILocalReferenceOperation or IParameterReferenceOperation) || Writes(top, reference => reference is IArrayElementReferenceOperation other && CurrencyGuards.SamePath(other.ArrayReference, element.ArrayReference)))
            {
                return true;
            }

            root = element.ArrayReference.SkipConversions();
        }

        return (Variable(root) is { } variable && (ignoredWrite is null
                ? WrittenVariables.GetValue(top.Syntax, _ => new System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default))
                    .GetOrAdd(variable, symbol => LocalWrites.SymbolMayBeWrittenIn(symbol, top.Syntax, model, cancellationToken))
                : LocalWrites.SymbolMayBeWrittenIn(variable, top.Syntax, model, cancellationToken, ignoredWrite)))
            || (members.Count > 0 && Writes(top, reference => OnPathOf(reference, members, path)
                && !(reference.Parent is IAssignmentOperation assignment && assignment.Target == reference && assignment.Syntax == ignoredWrite)));
    }

    /// <summary>
    /// The body of the <c>for</c> loop that declares an index (<c>for (var i = 0; …; i++)</c>) when the operation is in
    /// it, or null: the loop's condition and incrementor run before each pass's check, not between it and the use.
    /// </summary>
    private static SyntaxNode? ForBody(ISymbol index, IOperation operation) =>
        index is ILocalSymbol { DeclaringSyntaxReferences: { Length: 1 } references }
        && references[0].GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: ForStatementSyntax loop } }
        && loop.Statement.Span.Contains(operation.Syntax.Span)
        && loop.SyntaxTree == operation.Syntax.SyntaxTree
            ? loop.Statement
            : null;

    /// <summary>The local or parameter an operation reads, or null.</summary>
    private static ISymbol? Variable(IOperation? operation) =>
        operation.SkipConversions() switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };

    /// <summary>
    /// Whether code under <paramref name="top"/> writes (or writes a field of, when it is a struct) an operation that
    /// <paramref name="target"/> picks.
    /// </summary>
    private static bool Writes(IOperation top, Func<IOperation, bool> target)
    {
        foreach (var written in WrittenReferences.GetValue(top, WrittenIn))
        {
            if (target(written))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether each local or parameter may be written under a syntax tree's root operation (no write ignored).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool>> WrittenVariables = new();

    /// <summary>The member and array element references under each operation tree that are written (see <see cref="WrittenIn"/>).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, List<IOperation>> WrittenReferences = new();

    /// <summary>The member and array element references under <paramref name="top"/> written (also taken by a writable <c>ref</c> local), or of a struct whose field is written.</summary>
    private static List<IOperation> WrittenIn(IOperation top)
    {
        var found = new List<IOperation>();
        foreach (var descendant in top.Descendants())
        {
            if (descendant is not (IMemberReferenceOperation or IArrayElementReferenceOperation))
            {
                continue;
            }

            IOperation written = descendant;
            while (written.Parent is IMemberReferenceOperation outer && outer.Instance == written && written.Type is { IsValueType: true })
            {
                written = outer;
            }

            if (written.MayWrite() || TakenByRef(written))
            {
                found.Add(descendant);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a reference is taken by a writable <c>ref</c> local (<c>ref Money alias = ref Cap;</c>, <c>alias = ref
    /// Cap;</c>), through which it may be written.
    /// </summary>
    private static bool TakenByRef(IOperation reference) =>
        reference.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.RefKind: RefKind.Ref } } => true,
            ISimpleAssignmentOperation { IsRef: true, Target: ILocalReferenceOperation { Local.RefKind: RefKind.Ref } } alias => alias.Value == reference,
            _ => false,
        };

    /// <summary>
    /// Whether a reference is to one of the members on the value's own path: the same member of the same receiver
    /// (<c>o.Fee = …</c> for <c>o.Fee</c>, not <c>p.Fee = …</c>); an object initializer's or <c>with</c>'s member is of
    /// a new object, never the path.
    /// </summary>
    private static bool OnPathOf(IOperation descendant, HashSet<ISymbol> members, List<IMemberReferenceOperation> path) =>
        descendant is IMemberReferenceOperation reference && members.Contains(reference.Member.OriginalDefinition)
        && path.Exists(step => OnPath(reference, step));

    /// <summary>
    /// Whether a member reference is a step of the value's path: the same member (an indexer's with any arguments) of
    /// the same receiver (none, <c>this</c>, or the same storage); not a member set by an object initializer or <c>with</c>.
    /// </summary>
    private static bool OnPath(IMemberReferenceOperation reference, IMemberReferenceOperation step)
    {
        if (!SymbolEqualityComparer.Default.Equals(reference.Member.OriginalDefinition, step.Member.OriginalDefinition)
            || reference.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            return false;
        }

        return reference.Instance is null or IInstanceReferenceOperation
            ? step.Instance is null or IInstanceReferenceOperation
            : CurrencyGuards.SamePath(reference.Instance, step.Instance);
    }

    /// <summary>Whether a comparer is the static <c>Default</c> of its type (<c>Comparer&lt;decimal&gt;.Default</c>).</summary>
    private static bool IsDefault(IOperation? comparer) =>
        comparer is IPropertyReferenceOperation { Instance: null, Property: { Name: "Default", IsStatic: true } };

    [MethodImpl(Hot.Path)]
    public void AnalyzeBinary(in RuleContext context, IBinaryOperation binary)
    {
        var types = context.Types;
        if (binary.OperatorKind is not (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Divide
            or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
            or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual))
        {
            return;
        }

        if (AmountOf(context, binary.LeftOperand, out bool leftPlain) is not { } left
            || AmountOf(context, binary.RightOperand, out bool rightPlain) is not { } right
            || KnownTypes.IsInside(context.ContainingSymbol, types.Money)
            || (binary.OperatorKind == BinaryOperatorKind.Divide && IsExchangeRate(context, left, right))
            || CurrenciesChecked(context, binary, left, right))
        {
            return;
        }

        bool fixable = leftPlain && rightPlain && !binary.IsLifted;
        if (fixable && binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract && binary.Parent is IBinaryOperation
            && InsideExchangeRate(context, binary, left, right))
        {
            Report(context, binary, fixable, InRateProperty);
            return;
        }

        Report(context, binary, fixable);
    }

    /// <summary>
    /// Whether a sum or difference of amounts is, through further sums and differences, an operand of a quotient whose
    /// other operand holds the amount of money known in another currency (<c>(yuan.Amount - fees.Amount) /
    /// dollars.Amount</c>): an exchange rate, which the rule does not report and the fix must not rewrite on Money,
    /// whose division would throw there.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool InsideExchangeRate(in RuleContext context, IBinaryOperation sum, IOperation left, IOperation right)
    {
        IOperation child = sum;
        for (int depth = 0; depth < 16 && child.Parent is IBinaryOperation outer; depth++)
        {
            var other = ReferenceEquals(outer.LeftOperand, child) ? outer.RightOperand : outer.LeftOperand;
            if (outer.OperatorKind == BinaryOperatorKind.Divide)
            {
                return FirstAmount(other, context.Types, 0) is { } money && (IsExchangeRate(context, left, money) || IsExchangeRate(context, right, money));
            }

            if (outer.OperatorKind is not (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract))
            {
                return false;
            }

            child = outer;
        }

        return false;
    }

    /// <summary>The Money value of the first <c>x.Amount</c> of an operand made of amounts added or subtracted, or null.</summary>
    private static IOperation? FirstAmount(IOperation operand, KnownTypes types, int depth)
    {
        if (AmountAccess(operand, types, out _) is { Instance: { } money })
        {
            return money;
        }

        return depth < 16 && operand.SkipImplicitConversions() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary
            ? FirstAmount(binary.LeftOperand, types, depth + 1) ?? FirstAmount(binary.RightOperand, types, depth + 1)
            : null;
    }

    /// <summary>
    /// Whether a quotient of two amounts is an exchange rate: the two Money values are known to be in different
    /// currencies (<c>yen.Amount / euros.Amount</c>, the yen a euro bought). Money's own division would throw there, so
    /// the bare amounts are the only way to it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsExchangeRate(in RuleContext context, IOperation left, IOperation right)
    {
        var currencies = context.Facts.Currencies;
        return currencies.Resolve(left, FlowMode.Exact, context.CancellationToken) is { } numerator
            && currencies.Resolve(right, FlowMode.Exact, context.CancellationToken) is { } denominator
            && numerator != denominator;
    }

    /// <summary>
    /// The Money value whose <c>Amount</c> an operand is: directly, as the value of a <c>decimal</c> local assigned once
    /// (<c>var a = x.Amount; … a + b</c>), or as the first local of a deconstruction of Money never written again
    /// (<c>var (a, _) = x;</c>); only a direct access is <paramref name="plain"/> (the fix rewrites it).
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static IOperation? AmountOf(in RuleContext context, IOperation operand, out bool plain)
    {
        if (AmountAccess(operand, context.Types, out plain) is { Instance: { } direct })
        {
            return direct;
        }

        plain = false;
        // a decimal or decimal? local (decimal? paid = inv.Paid?.Amount)
        return operand.SkipImplicitConversions() is ILocalReferenceOperation local && KnownTypes.Unwrap(local.Local.Type).SpecialType == SpecialType.System_Decimal
            ? ThroughLocal(context, local)
            : null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IOperation? ThroughLocal(in RuleContext context, ILocalReferenceOperation local)
    {
        var members = context.Facts.Members;
        var optimistic = ValueFlow.SingleValue(local, null, members, FlowMode.Optimistic, context.CancellationToken);
        if (optimistic is null)
        {
            return context.Operation.SemanticModel is { } model ? DeconstructedAmount(local.Local, model, context.Types, context.CancellationToken, currencyUnread: true) : null;
        }

        if (AmountAccess(optimistic, context.Types, out _) is null)
        {
            return null;
        }

        var exact = ValueFlow.SingleValue(local, null, members, FlowMode.Exact, context.CancellationToken);
        return exact is null ? null : AmountAccess(exact, context.Types, out _)?.Instance;
    }

    /// <summary>
    /// The Money value a <c>decimal</c> local is the amount of by deconstruction, <c>var (amount, _) = budget;</c> or
    /// <c>(var amount, var currency) = budget;</c>, when nothing writes the local again; null otherwise. With
    /// <paramref name="currencyUnread"/> (AIR0004), also null when the currency is deconstructed into a local the code
    /// reads: the code has it in hand and may have tested it.
    /// </summary>
    internal static IOperation? DeconstructedAmount(ILocalSymbol local, SemanticModel model, KnownTypes types, CancellationToken cancellationToken, bool currencyUnread = false)
    {
        if (local.IsRef || local.DeclaringSyntaxReferences is not { Length: 1 } references
            || references[0].GetSyntax(cancellationToken) is not SingleVariableDesignationSyntax designation)
        {
            return null;
        }

        if (designation.Parent is VarPatternSyntax or DeclarationPatternSyntax)
        {
            return PositionalAmount(local, designation, model, types, cancellationToken);
        }

        // var (amount, _) = budget: the first of a parenthesized designation; (var amount, _) = budget: the first argument
        SyntaxNode? left = designation.Parent switch
        {
            ParenthesizedVariableDesignationSyntax { Parent: DeclarationExpressionSyntax declaration } parenthesized
                when parenthesized.Variables.IndexOf(designation) == 0 => declaration,
            DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: TupleExpressionSyntax tuple } argument }
                when tuple.Arguments.IndexOf(argument) == 0 => tuple,
            _ => null,
        };

        if (left?.Parent is not AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement } assignment || assignment.Left != left
            || model.SyntaxTree != assignment.SyntaxTree
            || model.GetOperation(assignment, cancellationToken) is not IDeconstructionAssignmentOperation { Value: { } value } deconstruction
            || !types.IsMoney(value.Type) || deconstruction.Type is null
            || LocalWrites.ScopeOfStatement(statement) is not { } scope
            || LocalWrites.MayBeWrittenIn(local, scope, null, model, cancellationToken)
            || (currencyUnread && CurrencyReadIn(left, scope, model, cancellationToken)))
        {
            return null;
        }

        return value;
    }

    /// <summary>
    /// Whether the deconstruction <paramref name="left"/> binds the currency to a local that the code then reads
    /// (<c>var (b, c) = budget; … c == d &amp;&amp; b &gt; s</c>): the code has the currency in hand and may have tested it, as
    /// with a positional pattern that binds it, so the amount is not followed.
    /// </summary>
    private static bool CurrencyReadIn(SyntaxNode left, SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken)
    {
        var currency = left switch
        {
            DeclarationExpressionSyntax { Designation: ParenthesizedVariableDesignationSyntax { Variables.Count: 2 } parenthesized } => parenthesized.Variables[1],
            TupleExpressionSyntax { Arguments.Count: 2 } tuple => (tuple.Arguments[1].Expression as DeclarationExpressionSyntax)?.Designation,
            _ => null,
        };

        if (currency is not SingleVariableDesignationSyntax named || model.GetDeclaredSymbol(named, cancellationToken) is not ILocalSymbol symbol)
        {
            return false;
        }

        foreach (var node in scope.DescendantNodes())
        {
            if (node is IdentifierNameSyntax name && name.Identifier.ValueText == symbol.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The Money value a <c>decimal</c> local is the amount of by Money's own positional pattern (its <c>Deconstruct</c>),
    /// <c>budget is (var amount, _)</c> or a <c>switch</c> expression's arm <c>(decimal amount, var c) =&gt; …</c> on the
    /// value itself, when nothing writes the local again and the pattern leaves the currency alone (<c>_</c>); null
    /// otherwise (also a pattern nested in another one's member).
    /// </summary>
    private static IOperation? PositionalAmount(ILocalSymbol local, SingleVariableDesignationSyntax designation, SemanticModel model, KnownTypes types, CancellationToken cancellationToken)
    {
        if (designation.Parent?.Parent is not SubpatternSyntax { NameColon: null, ExpressionColon: null, Parent: PositionalPatternClauseSyntax { Parent: RecursivePatternSyntax recursive } clause } subpattern
            || clause.Subpatterns.IndexOf(subpattern) != 0 || model.SyntaxTree != designation.SyntaxTree
            || model.GetOperation(recursive, cancellationToken) is not IRecursivePatternOperation { DeconstructSymbol: IMethodSymbol deconstruct } pattern
            || !deconstruct.IsOn(types.Money) || pattern.DeconstructionSubpatterns.Length != 2 || pattern.DeconstructionSubpatterns[1] is not IDiscardPatternOperation)
        {
            // a pattern that also binds or tests the currency ((var b, var c), (var b, { Code: "USD" })) may be how the
            // code handles it
            return null;
        }

        IOperation child = pattern;
        IOperation? parent = pattern.Parent;
        while (parent is IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } both)
        {
            if (TestsCurrency(ReferenceEquals(both.LeftPattern, child) ? both.RightPattern : both.LeftPattern, types))
            {
                // budget is (var b, _) and { Currency.Code: "USD" }: the pattern tests the currency beside the amount
                return null;
            }

            child = both;
            parent = both.Parent;
        }

        var matched = parent switch
        {
            IIsPatternOperation isPattern => isPattern.Value,
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
            _ => null,
        };
        if (matched is null || !types.IsMoney(matched.Type)
            || LocalWrites.SymbolMayBeWrittenIn(local, ValueFlow.ScopeOfPattern(designation), model, cancellationToken))
        {
            return null;
        }

        return matched;
    }

    /// <summary>
    /// Whether a pattern on a Money value reads its currency: a property pattern on <c>Currency</c> (<c>{ Currency.Code:
    /// "USD" }</c>) or Money's positional pattern with anything but a discard for it, anywhere inside.
    /// </summary>
    private static bool TestsCurrency(IPatternOperation pattern, KnownTypes types)
    {
        foreach (var operation in pattern.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IPropertySubpatternOperation { Member: IPropertyReferenceOperation { Property: { Name: "Currency" } property } } when types.IsMoney(property.ContainingType):
                    return true;
                case IRecursivePatternOperation { DeconstructSymbol: IMethodSymbol deconstruct, DeconstructionSubpatterns: { Length: 2 } parts } when deconstruct.IsOn(types.Money) && parts[1] is not IDiscardPatternOperation:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Reports the operation (kept out of the optimised hot path, which JIT-compiles it in every compiler process).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Report(in RuleContext context, IOperation operation, bool fixable, string? property = null)
    {
        // a call reached through ?. (a?.Amount.CompareTo(b.Amount)) is reported on the whole access, from a on
        while (operation.Parent is IConditionalAccessOperation access && access.WhenNotNull == operation)
        {
            operation = access;
        }

        var properties = fixable
            ? ImmutableDictionary<string, string?>.Empty.Add(FixableProperty, "true")
            : ImmutableDictionary<string, string?>.Empty;
        if (property is not null)
        {
            properties = properties.Add(property, "true");
        }

        context.Report(Diagnostic.Create(Descriptors.UnitStripping, operation.Syntax.GetLocation(), properties, operation.Syntax.ToString()));
    }

    /// <summary>
    /// The <c>Money.Amount</c> property reference an operand is, looking through conversions, <c>?.</c> and a zero for a
    /// missing amount (<c>x?.Amount ?? 0m</c>: no money adds nothing).
    /// </summary>
    [MethodImpl(Hot.Path)]
    internal static IPropertyReferenceOperation? AmountAccess(IOperation operand, KnownTypes types, out bool plain)
    {
        plain = false;
        var value = operand.SkipImplicitConversions();
        if (value is ICoalesceOperation coalesce && IsZero(coalesce.WhenNull))
        {
            value = coalesce.Value.SkipImplicitConversions();
        }

        if (value is IConditionalAccessOperation access)
        {
            value = access.WhenNotNull.SkipImplicitConversions();
        }
        else if (value is IPropertyReferenceOperation { Instance: not IConditionalAccessInstanceOperation })
        {
            plain = true;
        }

        return value is IPropertyReferenceOperation { Property.Name: "Amount", Instance: not null } property
            && types.IsMoney(property.Property.ContainingType)
            ? property
            : null;
    }

    /// <summary>A constant zero (<c>0m</c>, <c>0</c>, <c>decimal.Zero</c>).</summary>
    private static bool IsZero(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: { } constant } && constant switch
        {
            decimal d => d == 0m,
            int i => i == 0,
            long l => l == 0L,
            _ => false,
        };
}
