using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Two money parameters of a method whose body combines or compares them as they were passed (<c>budget &gt; limit</c>,
/// <c>a + b</c>, <c>a.CompareTo(b)</c>, <c>Money.Max(a, b)</c>, or a call passing both on to a method that does): a call
/// that passes two known, different currencies for them mixes currencies inside the method, although neither the
/// method (its parameters' currencies are unknown there) nor the call site shows it.
/// </summary>
internal sealed class ParameterPair
{
    public ParameterPair(int first, int second, string what)
    {
        First = first;
        Second = second;
        What = what;
    }

    /// <summary>The position of the first parameter (its ordinal; for a member of an extension block, 0 is its receiver: <see cref="ExtensionBlocks"/>).</summary>
    public int First { get; }

    /// <summary>The position of the second parameter.</summary>
    public int Second { get; }

    /// <summary>What the body does with them, as written: <c>budget &gt; limit</c>.</summary>
    public string What { get; }

    /// <summary>For two elements of one collection parameter (<see cref="First"/> and <see cref="Second"/> its position), which ones; else null.</summary>
    public ElementPick? Elements { get; }

    public ParameterPair(int first, int second, string what, ElementPick elements)
        : this(first, second, what) => Elements = elements;
}

/// <summary>
/// A money parameter of a local function or lambda that its own body combines or compares with a local it captures
/// (<c>bool Outsizes(Money other) =&gt; national &gt; other</c>): a call passing a currency other than the local's mixes them.
/// </summary>
internal sealed class CapturedPair
{
    public CapturedPair(int ordinal, IOperation captured, bool capturedFirst, string what)
    {
        Ordinal = ordinal;
        Captured = captured;
        CapturedFirst = capturedFirst;
        What = what;
    }

    /// <summary>The parameter's ordinal.</summary>
    public int Ordinal { get; }

    /// <summary>The reference to the captured local, in the function's body.</summary>
    public IOperation Captured { get; }

    /// <summary>Whether the captured local is the left (first) operand.</summary>
    public bool CapturedFirst { get; }

    /// <summary>What the body does with them, as written: <c>national &gt; other</c>.</summary>
    public string What { get; }
}

/// <summary>
/// A fold a method makes of a collection parameter starting from another of its parameters (<c>items.Aggregate(seed,
/// (acc, m) =&gt; acc + m)</c>): the first step adds an element to the seed, so a call whose seed is in one currency and
/// whose collection holds another mixes them inside the method.
/// </summary>
internal sealed class SeededFold
{
    public SeededFold(int seed, int items, string what)
    {
        Seed = seed;
        Items = items;
        What = what;
    }

    /// <summary>The position of the seed parameter (for a member of an extension block, 0 is its receiver).</summary>
    public int Seed { get; }

    /// <summary>The position of the folded collection's parameter.</summary>
    public int Items { get; }

    /// <summary>What the body does, as written: <c>items.Aggregate(seed, acc + m)</c>.</summary>
    public string What { get; }
}

internal sealed partial class CurrencyFlow
{
    private static readonly CapturedPair[] NoCapturedPairs = System.Array.Empty<CapturedPair>();

    private static readonly ParameterPair[] NoPairs = System.Array.Empty<ParameterPair>();

    private FactCache<ParameterPair[]>? _parameterPairs;

    private FactCache<ParameterPair[]> ParameterPairs => _parameterPairs ??= Facts<ParameterPair[]>((s, c) => ComputeParameterPairs((IMethodSymbol)s, c), NoPairs, NoPairs);

    /// <summary>
    /// The pairs of money parameters a method of this compilation combines or compares in its own body (not in lambdas
    /// or local functions inside it), each parameter passed by value and never written there; empty for any other method.
    /// The receiver of a member of an extension block is one of its parameters, and a call of the block's implementation
    /// method (the static form) stands for the member.
    /// </summary>
    public IReadOnlyList<ParameterPair> PairsOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = ExtensionBlocks.Member(method);
        // cheap refusals first: nearly every call with a money parameter goes to a library method
        if (method.DeclaringSyntaxReferences.Length != 1 || CountMoneyParameters(method) < 2 && !HasRefMoneyPair(method) && !MayPickElements(method))
        {
            return NoPairs;
        }

        return ParameterPairs.Get(method, cancellationToken);
    }

    private int CountMoneyParameters(IMethodSymbol method)
    {
        int count = 0;
        int positions = ExtensionBlocks.Count(method);
        for (int position = 0; position < positions; position++)
        {
            if (ExtensionBlocks.ParameterAt(method, position) is { RefKind: RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter } parameter && (_types.IsMoney(parameter.Type) || IsGenericMathParameter(parameter, method)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// How many parameters of a generic method are of one of its own type parameters that generic math lets it add,
    /// subtract or compare (constrained to an operator interface of <c>System.Numerics</c>): called with money, such a
    /// method's body combines money with the interfaces' operators. For a member of a generic extension block
    /// (<c>extension&lt;T&gt;(T a) where T : IComparisonOperators&lt;T, T, bool&gt;</c>) the receiver counts too, and
    /// the block's type parameters as the method's own.
    /// </summary>
    public static int GenericMathParameterCount(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        int count = 0;
        int positions = ExtensionBlocks.Count(method);
        for (int position = 0; position < positions; position++)
        {
            if (ExtensionBlocks.ParameterAt(method, position) is { } parameter && IsGenericMathParameter(parameter, method))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsGenericMathParameter(IParameterSymbol parameter, IMethodSymbol method) =>
        IsGenericMathType(parameter.OriginalDefinition.Type, method);

    /// <summary>
    /// A type parameter of the method (a definition's), or of the generic extension block the method is a member of,
    /// constrained to an operator interface of generic math.
    /// </summary>
    private static bool IsGenericMathType(ITypeSymbol? candidate, IMethodSymbol method)
    {
        if (candidate is not ITypeParameterSymbol type || !IsOwnTypeParameter(type, method))
        {
            return false;
        }

        foreach (var constraint in type.ConstraintTypes)
        {
            if (IsOperatorInterface(constraint) || IsSelfComparable(constraint, type))
            {
                return true;
            }

            foreach (var inherited in constraint.AllInterfaces)
            {
                if (IsOperatorInterface(inherited))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a type parameter is the method's own (a definition's), or one of the extension block's the method is a
    /// member of (<c>extension&lt;T&gt;(T a)</c>: every call of the member gives it one type).
    /// </summary>
    private static bool IsOwnTypeParameter(ITypeParameterSymbol type, IMethodSymbol method) =>
        type.TypeParameterKind switch
        {
            TypeParameterKind.Method => SymbolEqualityComparer.Default.Equals(type.DeclaringMethod?.OriginalDefinition, method.OriginalDefinition),
            TypeParameterKind.Type => type.DeclaringType is { IsExtension: true } block
                && SymbolEqualityComparer.Default.Equals(block.OriginalDefinition, method.OriginalDefinition.ContainingType?.OriginalDefinition),
            _ => false,
        };

    /// <summary>An operator interface of generic math (<c>System.Numerics.IComparisonOperators</c>, <c>IAdditionOperators</c>…).</summary>
    private static bool IsOperatorInterface(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Interface, Name: "IComparisonOperators" or "IEqualityOperators" or "IAdditionOperators" or "ISubtractionOperators" or "IDivisionOperators" } named
        && named.ContainingNamespace is { Name: "Numerics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>An operator a generic method's body calls through a type parameter: a static abstract or virtual member of an operator interface.</summary>
    private static bool IsGenericMathOperator(IMethodSymbol? method) =>
        method is { IsStatic: true, ContainingType: { } type } && (method.IsAbstract || method.IsVirtual) && IsOperatorInterface(type);

    private ParameterPair[] ComputeParameterPairs(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (OwnBodyOperation(method, cancellationToken) is not { } operation)
        {
            return NoPairs;
        }

        // with the pairs a ref parameter added to makes (running += add)
        return WithListPatternPairs(method, operation, WithRefPairs(method, operation, PairsIn(method, operation, cancellationToken)));
    }

    /// <summary>
    /// The pairs of money parameters that a delegate invoked at a call combines or compares: the delegate is a readonly
    /// field or get-only property of the call's file, or a local never written again, whose only value is a lambda
    /// (<c>static readonly Func&lt;Money, Money, bool&gt; Exceeds = (payment, limit) =&gt; payment &gt; limit</c>), and
    /// the lambda's own body combines its two parameters.
    /// </summary>
    public IReadOnlyList<ParameterPair> DelegatePairsOf(IMethodSymbol invoke, IOperation? target, CancellationToken cancellationToken)
    {
        if (target is null || invoke.MethodKind != MethodKind.DelegateInvoke || CountMoneyParameters(invoke) < 2)
        {
            return NoPairs;
        }

        if (HeldFunction(target, cancellationToken) is not IAnonymousFunctionOperation { Symbol: { } lambda } function || lambda.Parameters.Length != invoke.Parameters.Length)
        {
            return NoPairs;
        }

        // a lambda's body is small and such a call rare: walked at each call, not kept
        return PairsIn(lambda, function.Body, cancellationToken);
    }

    private ParameterPair[] PairsIn(IMethodSymbol method, IOperation operation, CancellationToken cancellationToken)
    {
        var written = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        var pairs = new List<ParameterPair>();
        List<ParameterPair>? checkedCurrencies = null;
        HashSet<int>? currenciesRead = null;
        foreach (var descendant in OwnOperations(operation))
        {
            if (Combined(descendant, genericMath: true) is { } combined)
            {
                AddPair(pairs, method, combined.Left, combined.Right, combined.What, combined.Infix);
                continue;
            }

            foreach (var parameter in WrittenParameters(descendant))
            {
                written.Add(parameter);
            }

            switch (descendant)
            {
                case not IInvocationOperation when CurrencyOfParameter(descendant, method) is { } ordinal:
                    // a.Currency == b.Currency, a.Currency.Code != b.Currency.Code, Same(a.Currency, b.Currency),
                    // a is { Currency: var c }, var (_, c) = a
                    (currenciesRead ??= new HashSet<int>()).Add(ordinal);
                    break;
                case IInvocationOperation invocation:
                    if (!invocation.TargetMethod.IsOn(_types.Money))
                    {
                        AddPassedOn(pairs, method, invocation.TargetMethod, invocation.Instance, invocation.Arguments, cancellationToken);
                    }

                    AddCurrencyChecks(ref checkedCurrencies, method, invocation, cancellationToken);
                    break;
                case IObjectCreationOperation { Constructor: { } constructor } creation:
                    AddPassedOn(pairs, method, constructor, null, creation.Arguments, cancellationToken);
                    break;
            }
        }

        if (pairs.Count == 0)
        {
            return NoPairs;
        }

        // a parameter written anywhere in the body may no longer hold what the call passed; a body that reads both
        // parameters' currencies (a.Currency == b.Currency ? a - b : null), or hands both to a method of the compilation
        // that does and answers yes or no (SameCurrency(a, b) && a > b) or to a guard helper that throws (Guards.SameCurrency(a, b);),
        // handles a mismatch itself
        pairs.RemoveAll(pair => written.Contains(ExtensionBlocks.ParameterAt(method, pair.First)!) || written.Contains(ExtensionBlocks.ParameterAt(method, pair.Second)!)
            || (currenciesRead is not null && currenciesRead.Contains(pair.First) && currenciesRead.Contains(pair.Second))
            || (checkedCurrencies is not null && checkedCurrencies.Exists(check => check.First == pair.First && check.Second == pair.Second || check.First == pair.Second && check.Second == pair.First)));
        return pairs.Count == 0 ? NoPairs : pairs.ToArray();
    }

    /// <summary>
    /// A call that hands two money parameters to a method of the compilation returning <c>bool</c> whose own body reads
    /// both of their currencies (<c>SameCurrency(spent, cap)</c> where <c>SameCurrency(a, b) =&gt; a.Currency ==
    /// b.Currency</c>), or, called as a statement, to a guard helper that throws on a mismatch as an inline <c>if
    /// (a.Currency != b.Currency) throw …;</c> does (<c>Guards.SameCurrency(spent, cap);</c>, see <see
    /// cref="GuardHelpers"/>; one that only reads both currencies, to log them, checks nothing): a check of the pair's
    /// currencies.
    /// </summary>
    private void AddCurrencyChecks(ref List<ParameterPair>? checks, IMethodSymbol method, IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var called = invocation.TargetMethod;
        if (ExtensionBlocks.Count(called) < 2 || called.DeclaringSyntaxReferences.IsEmpty || called.IsOn(_types.Money))
        {
            return;
        }

        if (invocation.Parent is IExpressionStatementOperation)
        {
            foreach (var (first, second) in _facts.GuardHelpers.Pairs(invocation, null, cancellationToken))
            {
                if (ParameterPosition(first, method) is { } one && ParameterPosition(second, method) is { } other && one != other)
                {
                    (checks ??= new List<ParameterPair>()).Add(new ParameterPair(one, other, string.Empty));
                }
            }

            return;
        }

        if (called.ReturnType.SpecialType != SpecialType.System_Boolean)
        {
            return;
        }

        // positions of the caller's and the callee's parameters (the receiver of an extension block's member included)
        List<(int Caller, int Callee)>? passed = null;
        int positions = ExtensionBlocks.Count(called);
        for (int position = 0; position < positions; position++)
        {
            if (ExtensionBlocks.ArgumentAt(called, invocation.Instance, invocation.Arguments, position)?.SkipConversions() is IParameterReferenceOperation { Parameter: { } parameter }
                && _types.IsMoney(parameter.Type) && ExtensionBlocks.PositionOf(parameter, method) is >= 0 and var caller)
            {
                (passed ??= new List<(int, int)>()).Add((caller, position));
            }
        }

        var target = ExtensionBlocks.Member(called);
        if (passed is not { Count: >= 2 } || OwnBodyOperation(target, cancellationToken) is not { } body)
        {
            return;
        }

        var read = new HashSet<int>();
        foreach (var descendant in OwnOperations(body))
        {
            if (CurrencyOfParameter(descendant, target) is { } ordinal)
            {
                read.Add(ordinal);
            }
        }

        for (int i = 0; i < passed.Count; i++)
        {
            for (int j = i + 1; j < passed.Count; j++)
            {
                if (read.Contains(passed[i].Callee) && read.Contains(passed[j].Callee))
                {
                    (checks ??= new List<ParameterPair>()).Add(new ParameterPair(passed[i].Caller, passed[j].Caller, string.Empty));
                }
            }
        }
    }

    /// <summary>The position of the money parameter of a method that an argument passes on as it is, or null.</summary>
    private int? ParameterPosition(IOperation argument, IMethodSymbol method) =>
        argument.SkipConversions() is IParameterReferenceOperation { Parameter: { } parameter } && _types.IsMoney(parameter.Type)
        && ExtensionBlocks.PositionOf(parameter, method) is >= 0 and var position
            ? position
            : null;

    /// <summary>
    /// The position of the money parameter whose <c>Currency</c> an operand reads (<c>a.Currency</c>, <c>a is {
    /// Currency: var c }</c>, <c>var (_, c) = a;</c>: see <see cref="CurrencyGuards.CurrencyReadOf"/>), or null.
    /// </summary>
    private int? CurrencyOfParameter(IOperation operand, IMethodSymbol method) =>
        operand.SkipConversions() is { } value && CurrencyGuards.CurrencyReadOf(value, _types) is { } instance
        && instance.SkipConversions() is IParameterReferenceOperation { Parameter: { } parameter }
        && ExtensionBlocks.PositionOf(parameter, method) is >= 0 and var position
            ? position
            : null;

    /// <summary>The operations of a body, not those of the lambdas and local functions inside it (which may never run,
    /// or run later); also used by <see cref="GuardHelper"/>.</summary>
    internal static IEnumerable<IOperation> OwnOperations(IOperation root)
    {
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                continue;
            }

            yield return operation;
            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>
    /// The two money operands one operation combines or compares, and how it is written: Money's operators (and, with
    /// <paramref name="genericMath"/>, a generic-math operator) as <c>a &gt; b</c>, <c>Equals</c> and <c>CompareTo</c>
    /// as <c>CompareTo(a, b)</c>, <c>Money.Min</c> and <c>Money.Max</c>; else null.
    /// </summary>
    private (IOperation Left, IOperation Right, string What, bool Infix)? Combined(IOperation operation, bool genericMath)
    {
        switch (operation)
        {
            case IBinaryOperation binary when (binary.OperatorMethod.IsOn(_types.Money) || genericMath && IsGenericMathOperator(binary.OperatorMethod))
                && binary.OperatorKind.MoneyOperatorText() is { } symbol:
                return (binary.LeftOperand, binary.RightOperand, symbol, true);
            case IInvocationOperation { TargetMethod: { } called } invocation when called.IsOn(_types.Money):
                if (!called.IsStatic && called.Name is "Equals" or "CompareTo" && invocation.Instance is { } instance && invocation.Arguments.Length == 1)
                {
                    return (instance, invocation.Arguments[0].Value, called.Name, false);
                }

                return called.IsStatic && called.Name is "Min" or "Max" && invocation.Arguments.Length == 2
                    ? (invocation.Arguments[0].Value, invocation.Arguments[1].Value, "Money." + called.Name, false)
                    : null;
            case IInvocationOperation compared when genericMath && ComparedThroughInterface(compared) is { } throughInterface:
                // a.CompareTo(b) where T : IComparable<T>
                return throughInterface;
            default:
                return null;
        }
    }

    /// <summary>The parameters one operation writes: an assignment's target, a <c>ref</c> or <c>out</c> argument, a deconstruction's targets.</summary>
    private static IEnumerable<IParameterSymbol> WrittenParameters(IOperation operation)
    {
        switch (operation)
        {
            case IAssignmentOperation { Target: IParameterReferenceOperation target }:
                yield return target.Parameter;
                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: IParameterReferenceOperation passed }:
                yield return passed.Parameter;
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                foreach (var target in deconstruction.Target.Descendants())
                {
                    if (target is IParameterReferenceOperation parameter)
                    {
                        yield return parameter.Parameter;
                    }
                }

                break;
        }
    }

    /// <summary>Both parameters passed on to a method of the compilation that combines them.</summary>
    private void AddPassedOn(List<ParameterPair> pairs, IMethodSymbol method, IMethodSymbol callee, IOperation? instance, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, CancellationToken cancellationToken)
    {
        foreach (var inner in PairsOf(callee.OriginalDefinition, cancellationToken))
        {
            if (ArgumentsFor(inner, callee, instance, arguments) is { } passed)
            {
                AddPair(pairs, method, passed.First, passed.Second, callee.Name + ": " + inner.What, infix: false, named: true);
            }
        }
    }

    /// <summary>
    /// The values a call of <paramref name="target"/> gives a pair's two parameters (not default values; the call's
    /// instance for the receiver of an extension block's member), or null when either is missing.
    /// </summary>
    public static (IOperation First, IOperation Second)? ArgumentsFor(ParameterPair pair, IMethodSymbol target, IOperation? instance, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments) =>
        pair.Elements is { } pick ? pick.Of(ExtensionBlocks.ArgumentAt(target, instance, arguments, pair.First))
        : ExtensionBlocks.ArgumentAt(target, instance, arguments, pair.First) is { } first && ExtensionBlocks.ArgumentAt(target, instance, arguments, pair.Second) is { } second
            ? (first, second)
            : null;

    private void AddPair(List<ParameterPair> pairs, IMethodSymbol method, IOperation left, IOperation right, string what, bool infix, bool named = false)
    {
        if (Scaled(left) is not IParameterReferenceOperation { Parameter: { } first } firstRead
            || Scaled(right) is not IParameterReferenceOperation { Parameter: { } second } secondRead
            || ExtensionBlocks.PositionOf(first, method) is not (>= 0 and var firstPosition)
            || ExtensionBlocks.PositionOf(second, method) is not (>= 0 and var secondPosition)
            || firstPosition == secondPosition
            || first.RefKind is not (RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter) || second.RefKind is not (RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter)
            || !(_types.IsMoney(first.Type) && _types.IsMoney(second.Type)
                || IsGenericMathParameter(first, method) && SymbolEqualityComparer.Default.Equals(first.Type, second.Type)))
        {
            return;
        }

        string firstText = Said(left, firstRead, first), secondText = Said(right, secondRead, second);
        string text = named ? what : infix ? firstText + " " + what + " " + secondText : what + "(" + firstText + ", " + secondText + ")";
        foreach (var pair in pairs)
        {
            if (pair.First == firstPosition && pair.Second == secondPosition || pair.First == secondPosition && pair.Second == firstPosition)
            {
                return;
            }
        }

        pairs.Add(new ParameterPair(firstPosition, secondPosition, text));
    }

    /// <summary>The value an amount is scaled from, which keeps its currency (<c>small * 10m</c>, <c>-limit</c>, <c>cap / 2</c>),
    /// or the operation itself.</summary>
    private IOperation? Scaled(IOperation operation)
    {
        var value = operation.SkipConversions();
        for (int i = 0; i < 8; i++)
        {
            switch (value)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, LeftOperand: var l, RightOperand: var r } product when IsScaling(product, r) || IsScaling(product, l):
                    value = (IsScaling(product, r) ? l : r).SkipConversions();
                    continue;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide, LeftOperand: var l, RightOperand: var r } quotient when IsScaling(quotient, r):
                    value = l.SkipConversions();
                    continue;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus, Operand: var o } when _types.IsMoney(o.Type):
                    value = o.SkipConversions();
                    continue;
            }

            break;
        }

        return value;
    }

    /// <summary>Whether <paramref name="factor"/> is a number that an operation multiplies or divides the other operand
    /// by, keeping its type: Money's own operators with a <c>decimal</c>, or a generic-math operator of a type parameter
    /// (<c>small * 10m</c> where <c>T : IMultiplyOperators&lt;T, decimal, T&gt;</c>); not a user-defined operator that
    /// makes money of another currency (<c>rival * toBudget</c> with a rate type's operator).</summary>
    private bool IsScaling(IBinaryOperation operation, IOperation factor)
    {
        if (factor.Type is not { } number || !IsNumber(number) || operation.Type is not { } result)
        {
            return false;
        }

        return _types.IsMoney(result) && (operation.OperatorMethod is null || _types.IsMoney(operation.OperatorMethod.ContainingType))
            || result.TypeKind == TypeKind.TypeParameter;

        static bool IsNumber(ITypeSymbol type) => type.SpecialType is SpecialType.System_Decimal or SpecialType.System_Int32 or SpecialType.System_Int64
            or SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Int16 or SpecialType.System_Byte;
    }

    /// <summary>How a pair's message names a side: the parameter's name, or the scaling written around it.</summary>
    private static string Said(IOperation side, IOperation read, IParameterSymbol parameter) =>
        ReferenceEquals(side.SkipConversions(), read) ? parameter.Name : side.Syntax.ToString();

    /// <summary>
    /// The money parameters a called local function, or the lambda a delegate local or member always holds (its only
    /// value), combines or compares in its own body (not in lambdas or local functions inside it) with a local it
    /// captures (declared outside it): <c>national &gt; other</c>, <c>m + national</c>, <c>CompareTo</c>, <c>Equals</c>,
    /// <c>Money.Min</c>/<c>Max</c>. Not when the body writes the parameter or reads the currency of the parameter or
    /// of the local (it may handle a mismatch itself). The captured local's currency is resolved as any local's is:
    /// its declaration and every write in its scope, those after the capture included.
    /// </summary>
    public IReadOnlyList<CapturedPair> CapturedPairsOf(IMethodSymbol method, IOperation? target, CancellationToken cancellationToken)
    {
        IMethodSymbol function;
        IOperation? body;
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            function = method.OriginalDefinition;
            if (method.Parameters.IsEmpty || method.IsGenericMethod || method.IsAsync || method.DeclaringSyntaxReferences.Length != 1)
            {
                return NoCapturedPairs;
            }

            body = OwnBodyOperation(function, cancellationToken);
        }
        else if (method.MethodKind == MethodKind.DelegateInvoke && target is not null && HasMoneyParameter(method)
            && HeldFunction(target, cancellationToken) is IAnonymousFunctionOperation { Symbol: { IsAsync: false } lambda } held
            && lambda.Parameters.Length == method.Parameters.Length)
        {
            function = lambda;
            body = held.Body;
        }
        else
        {
            // steps.Aggregate(seed, (acc, step) => step(acc)): the pairs of every step of an array of them
            return method.MethodKind == MethodKind.DelegateInvoke && target is IParameterReferenceOperation ? FoldedStepPairs(method, target, cancellationToken) : NoCapturedPairs;
        }

        if (body is null)
        {
            return NoCapturedPairs;
        }

        var pairs = new List<CapturedPair>();
        foreach (var descendant in OwnOperations(body))
        {
            if (Combined(descendant, genericMath: false) is { } combined)
            {
                AddCaptured(pairs, function, combined.Left, combined.Right, combined.What, combined.Infix);
            }
        }

        if (pairs.Count == 0)
        {
            return NoCapturedPairs;
        }

        // a parameter the body writes (also in its lambdas) no longer holds what the call passed; a body that reads the
        // currency of either side may handle a mismatch itself
        foreach (var operation in body.DescendantsAndSelf())
        {
            foreach (var written in WrittenParameters(operation))
            {
                if (SymbolEqualityComparer.Default.Equals(written.ContainingSymbol, function))
                {
                    pairs.RemoveAll(pair => pair.Ordinal == written.Ordinal);
                }
            }

            switch (operation)
            {
                case var _ when CurrencyGuards.CurrencyReadOf(operation, _types) is { } read:
                    // m.Currency, m is { Currency.Code: "USD" }, var (_, c) = m
                    var of = read.SkipConversions();
                    pairs.RemoveAll(pair => of is IParameterReferenceOperation parameter && parameter.Parameter.Ordinal == pair.Ordinal && SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, function)
                        || of is ILocalReferenceOperation local && pair.Captured is ILocalReferenceOperation captured && SymbolEqualityComparer.Default.Equals(local.Local, captured.Local)
                        || of is IMemberReferenceOperation member && pair.Captured is IMemberReferenceOperation fixedMember && SymbolEqualityComparer.Default.Equals(member.Member, fixedMember.Member));
                    break;
            }
        }

        return pairs.Count == 0 ? NoCapturedPairs : pairs.ToArray();
    }

    private FactCache<CapturedPair[]>? _fixedPairs;

    private FactCache<CapturedPair[]> FixedPairs => _fixedPairs ??= Facts<CapturedPair[]>((s, c) => ComputeFixedPairs((IMethodSymbol)s, c), NoCapturedPairs, NoCapturedPairs);

    /// <summary>
    /// The money parameters an ordinary method of this compilation (not generic, not async, and the only body that can
    /// run for it) combines or compares in its own body with a value the call does not pass: a field or property of
    /// money (static, of <c>this</c>, or of a parameter: every value the member holds), or a primary-constructor parameter
    /// of its own type (<c>request &lt;= budget</c>, <c>m &gt; Chips</c>, <c>t.Amount &gt; other</c> in an extension block).
    /// Only where the body runs it on every call (<see cref="RunsOnEveryCall"/>), and not when the body writes the
    /// parameter or reads any currency (it may handle a mismatch itself). The other value's
    /// currency is resolved as such a value's always is: every write of it in the compilation.
    /// </summary>
    public IReadOnlyList<CapturedPair> FixedPairsOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        // cheap refusals first; a call of an extension block's implementation method (the static form) is left out
        if (method.MethodKind != MethodKind.Ordinary || method.IsGenericMethod || method.IsAsync || method.DeclaringSyntaxReferences.Length != 1
            || !HasMoneyParameter(method) || !SymbolEqualityComparer.Default.Equals(ExtensionBlocks.Member(method), method.OriginalDefinition))
        {
            return NoCapturedPairs;
        }

        return FixedPairs.Get(method.OriginalDefinition, cancellationToken);
    }

    private CapturedPair[] ComputeFixedPairs(IMethodSymbol function, CancellationToken cancellationToken) =>
        OwnBodyOperation(function, cancellationToken) is { } body ? FixedPairsIn(function, body, cancellationToken) : NoCapturedPairs;

    private CapturedPair[] FixedPairsIn(IMethodSymbol function, IOperation body, CancellationToken cancellationToken = default)
    {
        var pairs = new List<CapturedPair>();
        foreach (var descendant in OwnOperations(body))
        {
            // new Between(low, high).IsSatisfiedBy(m)
            AddPassedToCreated(pairs, function, descendant, body, cancellationToken);
            if (Combined(descendant, genericMath: false) is not { } combined || !RunsOnEveryCall(descendant, body))
            {
                continue;
            }

            var (left, right) = (combined.Left.SkipConversions(), combined.Right.SkipConversions());
            bool fixedFirst;
            IParameterSymbol? parameter;
            if (IsFixed(left, function) && OwnMoneyParameter(right, function) is { } second)
            {
                (fixedFirst, parameter) = (true, second);
            }
            else if (OwnMoneyParameter(left, function) is { } first && IsFixed(right, function))
            {
                (fixedFirst, parameter) = (false, first);
            }
            else
            {
                continue;
            }

            var other = fixedFirst ? left! : right!;
            string value = other.Syntax.ToString();
            string text = fixedFirst
                ? combined.Infix ? value + " " + combined.What + " " + parameter.Name : combined.What + "(" + value + ", " + parameter.Name + ")"
                : combined.Infix ? parameter.Name + " " + combined.What + " " + value : combined.What + "(" + parameter.Name + ", " + value + ")";
            if (!pairs.Exists(pair => pair.Ordinal == parameter.Ordinal))
            {
                pairs.Add(new CapturedPair(parameter.Ordinal, other, fixedFirst, text));
            }
        }

        if (pairs.Count == 0)
        {
            return NoCapturedPairs;
        }

        foreach (var operation in body.DescendantsAndSelf())
        {
            if (CurrencyGuards.CurrencyReadOf(operation, _types) is not null)
            {
                return NoCapturedPairs;
            }

            foreach (var written in WrittenParameters(operation))
            {
                if (SymbolEqualityComparer.Default.Equals(written.ContainingSymbol, function))
                {
                    pairs.RemoveAll(pair => pair.Ordinal == written.Ordinal);
                }
            }
        }

        return pairs.Count == 0 ? NoCapturedPairs : pairs.ToArray();
    }

    /// <summary>
    /// Whether an operation of a body runs on every call that returns: reached from the body (an expression, or the
    /// first statement of a block) only through operators, conversions, calls, arguments and <c>return</c>, on the left of
    /// <c>&amp;&amp;</c> and <c>||</c> only (not under <c>?:</c>, <c>??</c>, <c>?.</c>, a loop, a <c>try</c> or a later
    /// statement that an earlier one may skip).
    /// </summary>
    private static bool RunsOnEveryCall(IOperation operation, IOperation body)
    {
        var current = operation;
        for (int depth = 0; depth < 32; depth++)
        {
            if (ReferenceEquals(current, body))
            {
                return true;
            }

            var parent = current.Parent;
            switch (parent)
            {
                case IBlockOperation block when ReferenceEquals(block, body):
                    return block.Operations.Length > 0 && ReferenceEquals(block.Operations[0], current);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical when !ReferenceEquals(logical.LeftOperand, current):
                    return false;
                case IBinaryOperation or IUnaryOperation or IConversionOperation or IParenthesizedOperation or IReturnOperation or IArgumentOperation
                    or IInvocationOperation or IExpressionStatementOperation:
                    current = parent;
                    break;
                case ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IWithOperation } } member when ReferenceEquals(member.Value, current):
                case IObjectOrCollectionInitializerOperation { Parent: IWithOperation }:
                case IWithOperation copy when ReferenceEquals(copy.Initializer, current):
                    // s with { Paid = s.Paid + tranche }: every member initializer of a with runs
                    current = parent;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>A money value a method's body reads that no call passes: a field or property (static, of <c>this</c>, or
    /// of a parameter), or a primary-constructor parameter of the method's own type.</summary>
    private bool IsFixed(IOperation? operand, IMethodSymbol function) => operand switch
    {
        // ceiling - _committed: Money's operator keeps the currency both sides share (it throws when they differ)
        IBinaryOperation { OperatorMethod: { } combining } combined when _types.IsMoney(combined.Type) && combining.IsOn(_types.Money)
            && _types.IsMoney(combined.LeftOperand.Type) && _types.IsMoney(combined.RightOperand.Type) =>
            IsFixed(combined.LeftOperand.SkipConversions(), function) && IsFixed(combined.RightOperand.SkipConversions(), function),
        IFieldReferenceOperation { Field: { IsConst: false } field, Instance: null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } } => _types.IsMoney(field.Type),
        IPropertyReferenceOperation { Property: { IsIndexer: false, RefKind: RefKind.None } property, Instance: null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } or IParameterReferenceOperation } =>
            _types.IsMoney(property.Type),
        IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter } =>
            _types.IsMoney(parameter.Type) && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, function.ContainingType),
        _ => false,
    };

    private FactCache<CapturedPair[]>? _defaultBodyPairs;

    private FactCache<CapturedPair[]> DefaultBodyPairs => _defaultBodyPairs ??= Facts<CapturedPair[]>((s, c) => ComputeDefaultBodyPairs((IMethodSymbol)s, c), NoCapturedPairs, NoCapturedPairs);

    /// <summary>
    /// The money parameters an interface's default method combines or compares in its own body with a member of the
    /// interface (<c>Money Headroom(Money cap) =&gt; cap - Committed</c>), as <see cref="FixedPairsOf"/> finds them in
    /// an ordinary method, with the currency that member has on the call's receiver: the receiver's own type (sealed or
    /// a struct, so no other type's body can run) must take the default body (not implement the method itself), and the
    /// member is its implementation there (<c>CityFund.Committed</c>), whose currency the receiver's creation or every
    /// write of it gives. For a class's method, see <see cref="CreatedReceiverPairs"/>. Empty for any other call.
    /// </summary>
    public IReadOnlyList<(int Ordinal, string Code, bool FixedFirst, string What)> DefaultBodyPairsOf(IMethodSymbol method, IOperation? instance, FlowMode mode, CancellationToken cancellationToken)
    {
        if (method.IsExtensionMethod)
        {
            // China.Exceeds(dollars) where Exceeds(this FundState s, Money limit) => s.Paid > limit
            return ReceiverMemberPairs(method, instance, mode, cancellationToken);
        }

        if (method.ContainingType is { TypeKind: TypeKind.Class })
        {
            return CreatedReceiverPairs(method, instance, mode, cancellationToken);
        }

        if (method.ContainingType is not { TypeKind: TypeKind.Interface } contract || method.IsStatic || method.IsAbstract || method.IsGenericMethod || method.IsAsync
            || method.MethodKind != MethodKind.Ordinary || method.DeclaringSyntaxReferences.Length != 1 || instance?.SkipConversions() is not { Type: INamedTypeSymbol receiverType } receiver
            || !(receiverType.IsSealed || receiverType.IsValueType) || receiverType.TypeKind is TypeKind.Interface or TypeKind.TypeParameter || !HasMoneyParameter(method)
            || !SymbolEqualityComparer.Default.Equals(receiverType.FindImplementationForInterfaceMember(method.OriginalDefinition)?.OriginalDefinition, method.OriginalDefinition))
        {
            return System.Array.Empty<(int, string, bool, string)>();
        }

        List<(int, string, bool, string)>? found = null;
        foreach (var pair in DefaultBodyPairs.Get(method.OriginalDefinition, cancellationToken))
        {
            string? code = pair.Captured switch
            {
                IPropertyReferenceOperation { Property: { } property, Instance: IInstanceReferenceOperation } when SymbolEqualityComparer.Default.Equals(property.ContainingType.OriginalDefinition, contract.OriginalDefinition)
                    || contract.AllInterfaces.Contains(property.ContainingType, SymbolEqualityComparer.Default) =>
                    receiverType.FindImplementationForInterfaceMember(property) is IPropertySymbol implemented && _search.IsOwn(implemented)
                        ? CreatedValue(receiver, implemented, 0, mode, cancellationToken) ?? MemberValue(implemented, cancellationToken)
                        : null,
                IFieldReferenceOperation { Field: { IsStatic: true } field } => _search.IsOwn(field) ? MemberValue(field, cancellationToken) : null,
                _ => null,
            };
            if (code is not null)
            {
                (found ??= new List<(int, string, bool, string)>()).Add((pair.Ordinal, code, pair.CapturedFirst, pair.What));
            }
        }

        return found is null ? System.Array.Empty<(int, string, bool, string)>() : found;
    }

    private CapturedPair[] ComputeDefaultBodyPairs(IMethodSymbol method, CancellationToken cancellationToken) =>
        _search.IsOwn(method) && method.PartialImplementationPart is null && BodyOf(method, cancellationToken) is { } body
            && _search.ModelOf(body.SyntaxTree).GetOperation(body, cancellationToken) is { } operation
            ? FixedPairsIn(method, operation, cancellationToken)
            : NoCapturedPairs;

    private static readonly SeededFold[] NoSeededFolds = System.Array.Empty<SeededFold>();

    private FactCache<SeededFold[]>? _seededFolds;

    private FactCache<SeededFold[]> SeededFolds => _seededFolds ??= Facts<SeededFold[]>((s, c) => ComputeSeededFolds((IMethodSymbol)s, c), NoSeededFolds, NoSeededFolds);

    /// <summary>
    /// The seeds of the folds a method of this compilation makes of a collection parameter (see <see cref="FoldsOf"/>):
    /// <c>items.Aggregate(seed, (acc, m) =&gt; acc + m)</c> in its own body, run on every call, with the seed a money (or
    /// generic-math) parameter of the method. Not when the body writes the seed or the collection, or reads any currency
    /// (it may handle a mismatch itself).
    /// </summary>
    public IReadOnlyList<SeededFold> SeededFoldsOf(IMethodSymbol method, CancellationToken cancellationToken) =>
        FoldsOf(method, cancellationToken).Count == 0 ? NoSeededFolds : SeededFolds.Get(ExtensionBlocks.Member(method), cancellationToken);

    private SeededFold[] ComputeSeededFolds(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (OwnBodyOperation(method, cancellationToken) is not { } body)
        {
            return NoSeededFolds;
        }

        List<SeededFold>? seeds = null;
        foreach (var descendant in OwnOperations(body))
        {
            if (descendant is IInvocationOperation { TargetMethod.Name: "Aggregate", Arguments.Length: 3 } aggregate && CallSource.IsLinq(aggregate.TargetMethod.ContainingType)
                && aggregate.Arguments[1].Parameter?.Name == "seed" && FoldedBy(aggregate, method) is { } folded
                && SeedParameter(aggregate.Arguments[1].Value) is { RefKind: RefKind.None } seed
                && ExtensionBlocks.PositionOf(seed, method) is >= 0 and var position
                && (_types.IsMoney(seed.Type) || IsGenericMathParameter(seed, method))
                && ExtensionBlocks.PositionOf(folded.Parameter, method) is >= 0 and var items && items != position
                && RunsOnEveryCall(aggregate, body) && !CaughtAround(aggregate) && OnlyRead(folded.Parameter, body, cancellationToken))
            {
                (seeds ??= new List<SeededFold>()).Add(new SeededFold(position, items, folded.Parameter.Name + ".Aggregate(" + seed.Name + ", " + folded.Step + ")"));
            }
        }

        AddComparedSeeds(method, body, ref seeds, cancellationToken);
        return KeptSeeds(method, body, seeds, seedCurrencyRead: true);
    }

    /// <summary>
    /// The seeds a body keeps: none when it reads any currency (it may handle a mismatch itself; with
    /// <paramref name="seedCurrencyRead"/>, except the seed's own currency, <see cref="IsSeedCurrency"/>), and not a seed
    /// whose parameter it writes.
    /// </summary>
    private SeededFold[] KeptSeeds(IMethodSymbol method, IOperation body, List<SeededFold>? seeds, bool seedCurrencyRead)
    {
        if (seeds is null)
        {
            return NoSeededFolds;
        }

        foreach (var operation in body.DescendantsAndSelf())
        {
            if (CurrencyGuards.CurrencyReadOf(operation, _types) is not null && !(seedCurrencyRead && IsSeedCurrency(operation)))
            {
                return NoSeededFolds;
            }

            foreach (var written in WrittenParameters(operation))
            {
                seeds.RemoveAll(seed => SymbolEqualityComparer.Default.Equals(ExtensionBlocks.ParameterAt(method, seed.Seed), written));
            }
        }

        return seeds.Count == 0 ? NoSeededFolds : seeds.ToArray();
    }

    private bool HasMoneyParameter(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (_types.IsMoney(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    private void AddCaptured(List<CapturedPair> pairs, IMethodSymbol function, IOperation left, IOperation right, string what, bool infix)
    {
        bool capturedFirst;
        IParameterSymbol parameter;
        IOperation captured;
        if (IsCapturedOrStatic(left.SkipConversions(), function) && OwnMoneyParameter(right.SkipConversions(), function) is { } second)
        {
            (capturedFirst, parameter, captured) = (true, second, left.SkipConversions()!);
        }
        else if (OwnMoneyParameter(left.SkipConversions(), function) is { } first && IsCapturedOrStatic(right.SkipConversions(), function))
        {
            (capturedFirst, parameter, captured) = (false, first, right.SkipConversions()!);
        }
        else
        {
            return;
        }

        string local = captured is ILocalReferenceOperation named ? named.Local.Name : captured.Syntax.ToString();
        string text = capturedFirst
            ? infix ? local + " " + what + " " + parameter.Name : what + "(" + local + ", " + parameter.Name + ")"
            : infix ? parameter.Name + " " + what + " " + local : what + "(" + parameter.Name + ", " + local + ")";
        if (!pairs.Exists(pair => pair.Ordinal == parameter.Ordinal))
        {
            pairs.Add(new CapturedPair(parameter.Ordinal, captured, capturedFirst, text));
        }
    }

    /// <summary>A local the function reads but does not declare, of money, neither <c>ref</c> nor constant.</summary>
    private bool IsCaptured(IOperation? operand, IMethodSymbol function) =>
        operand is ILocalReferenceOperation { Local: { IsRef: false, IsConst: false } local }
        && _types.IsMoney(local.Type) && !SymbolEqualityComparer.Default.Equals(local.ContainingSymbol, function);

    /// <summary>A money parameter of the function itself, passed by value.</summary>
    private IParameterSymbol? OwnMoneyParameter(IOperation? operand, IMethodSymbol function) =>
        operand is IParameterReferenceOperation { Parameter: { RefKind: RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter } parameter }
        && _types.IsMoney(parameter.Type) && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, function)
            ? parameter
            : null;
}
