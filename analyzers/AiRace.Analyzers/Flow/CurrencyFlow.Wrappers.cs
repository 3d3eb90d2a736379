using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The one value a generic wrapper of the compilation holds (a team's own <c>Result&lt;T&gt;</c> or <c>Option&lt;T&gt;</c>,
/// learnt from its shape, not its name): a record class or <c>readonly record struct</c> with exactly one instance
/// member of its type parameter's type, a positional property nothing but its primary constructor sets. Its
/// <see cref="Property"/> and the primary-constructor <see cref="Parameter"/> that gives it; <see cref="None"/> for any
/// other type.
/// </summary>
internal sealed class WrapperSlot
{
    public static readonly WrapperSlot None = new(null, null);

    public WrapperSlot(IPropertySymbol? property, IParameterSymbol? parameter)
    {
        Property = property;
        Parameter = parameter;
    }

    /// <summary>The positional property that holds the value, or null.</summary>
    public IPropertySymbol? Property { get; }

    /// <summary>The primary-constructor parameter that sets it, or null.</summary>
    public IParameterSymbol? Parameter { get; }
}

/// <summary>
/// Which parameters of a delegate parameter of a wrapper's method are always given the wrapper's own value
/// (<c>Map(Func&lt;T, TOut&gt; map) =&gt; … map(Value) …</c>): bit <c>k</c> of <see cref="Mask"/> for parameter <c>k</c>.
/// </summary>
internal sealed class SlotFeed
{
    public static readonly SlotFeed None = new(0);

    public SlotFeed(int mask) => Mask = mask;

    /// <summary>The parameters fed the wrapper's value, one bit each.</summary>
    public int Mask { get; }
}

internal sealed partial class CurrencyFlow
{
    /// <summary>How many steps one question about a wrapped value may take (calls, returns, arms).</summary>
    private const int MaxWrapperSteps = 96;

    /// <summary>How many calls deep a wrapped value is followed.</summary>
    private const int MaxWrapperFrames = 12;

    private FactCache<WrapperSlot>? _wrapperSlots;

    // whether the compilation declares a generic record (0: not worked out yet, 1: yes, 2: no)
    private int _declaresGenericRecord;

    private FactCache<SlotFeed>? _slotFeeds;

    private FactCache<SlotFeed>? _bodyWrittenParameters;

    // the parameters a followed method's body may write (a SlotFeed's mask, one bit each)
    private FactCache<SlotFeed> BodyWrittenParameters =>
        _bodyWrittenParameters ??= Facts<SlotFeed>((s, c) => ComputeWrittenParameters((IMethodSymbol)s, c), AllWritten, AllWritten);

    private static readonly SlotFeed AllWritten = new(-1);

    private FactCache<WrapperSlot> WrapperSlots =>
        _wrapperSlots ??= Facts<WrapperSlot>((s, c) => ComputeWrapperSlot((INamedTypeSymbol)s, c), WrapperSlot.None, WrapperSlot.None);

    private FactCache<SlotFeed> SlotFeeds =>
        _slotFeeds ??= Facts<SlotFeed>((s, c) => ComputeSlotFeed((IParameterSymbol)s, c), SlotFeed.None, SlotFeed.None);

    /// <summary>
    /// <c>r.Value</c> of a wrapper (<see cref="WrapperSlot"/>) of money: the currency of the value the wrapper holds, where
    /// the calls and creations that made it are seen; else null.
    /// </summary>
    private string? WrappedSlotRead(IPropertyReferenceOperation reference, CancellationToken cancellationToken)
    {
        var property = reference.Property;
        if (!DeclaresGenericRecord || property.IsIndexer || reference.Instance is not { } instance
            || property.OriginalDefinition.Type is not ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type }
            || SlotOf(property.ContainingType, cancellationToken) is not { Property: { } slot }
            || !SymbolEqualityComparer.Default.Equals(slot, property.OriginalDefinition) || !_types.IsMoney(property.Type))
        {
            return null;
        }

        int steps = 0;
        return Currencies.Known(Wrapped(instance, null, 0, ref steps, cancellationToken));
    }

    /// <summary>
    /// A call of a wrapper's own method that gives back a value of its type parameter (<c>budget.Or(Money.Zero(Currency.KRW))</c>
    /// returning <c>HasValue ? Value : fallback</c>): the currency every return has, the wrapper's value and the
    /// arguments followed; else null.
    /// </summary>
    private string? WrappedCallResult(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        if (method.IsStatic || method.OriginalDefinition.ReturnType is not ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type }
            || SlotOf(method.ContainingType, cancellationToken).Property is null || !_types.IsMoney(invocation.Type))
        {
            return null;
        }

        int steps = 0;
        return Currencies.Known(CalledSlotMoney(invocation, null, 0, ref steps, cancellationToken));
    }

    /// <summary>Whether a call may read a wrapper's value (a cheap first look, for <see cref="CouldBeKnown"/>).</summary>
    private bool MayReadWrapped(IInvocationOperation invocation) =>
        DeclaresGenericRecord && !invocation.TargetMethod.IsStatic && invocation.TargetMethod.OriginalDefinition.ReturnType is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type }
        && invocation.TargetMethod.ContainingType is { IsGenericType: true, IsRecord: true };

    /// <summary>
    /// The parameter of a lambda given to a wrapper's own method that calls it only with the wrapper's value
    /// (<c>ChinaTranche().Map(m =&gt; m - fee)</c>, <c>Result.Ok(cap).Ensure(m =&gt; m &gt;= minimum, …)</c>): the currency of
    /// the value the receiver holds, when the lambda does not write the parameter; else null.
    /// </summary>
    private string? WrappedLambdaParameter(IParameterSymbol parameter, IAnonymousFunctionOperation lambda, IInvocationOperation invocation, IArgumentOperation argument, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        if (!DeclaresGenericRecord || invocation.Instance is not { } receiver || method.IsStatic || parameter.Ordinal > 30 || method.ContainingType is not { IsGenericType: true } containing
            || !_types.IsMoney(parameter.Type) || argument.Parameter is not { } given
            || SlotOf(containing, cancellationToken).Property is null
            || (SlotFeeds.Get(given.OriginalDefinition, cancellationToken).Mask & (1 << parameter.Ordinal)) == 0
            || WritesParameter(lambda, parameter))
        {
            return null;
        }

        int steps = 0;
        return Currencies.Known(Wrapped(receiver, null, 0, ref steps, cancellationToken));
    }

    /// <summary>The slot of a wrapper type (of its definition), or <see cref="WrapperSlot.None"/>.</summary>
    private WrapperSlot SlotOf(ITypeSymbol? type, CancellationToken cancellationToken) =>
        DeclaresGenericRecord && type is INamedTypeSymbol { IsGenericType: true } named && named.DeclaringSyntaxReferences.Length > 0
        && named.IsRecord && (named.TypeKind == TypeKind.Class || named.IsReadOnly)
            ? WrapperSlots.Get(named.OriginalDefinition, cancellationToken)
            : WrapperSlot.None;

    /// <summary>
    /// Whether the compilation's own assembly declares a generic record (a nested one, or one in a generic type, too),
    /// worked out once: no <see cref="WrapperSlot"/> exists without one.
    /// </summary>
    private bool DeclaresGenericRecord
    {
        get
        {
            int state = Volatile.Read(ref _declaresGenericRecord);
            if (state == 0)
            {
                state = HasGenericRecord(_search.Assembly.GlobalNamespace) ? 1 : 2;
                Volatile.Write(ref _declaresGenericRecord, state);
            }

            return state == 1;
        }
    }

    private static bool HasGenericRecord(INamespaceSymbol space)
    {
        foreach (var type in space.GetTypeMembers())
        {
            if (HasGenericRecord(type))
            {
                return true;
            }
        }

        foreach (var inner in space.GetNamespaceMembers())
        {
            if (HasGenericRecord(inner))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasGenericRecord(INamedTypeSymbol type)
    {
        if (type.IsGenericType && type.IsRecord)
        {
            return true;
        }

        foreach (var nested in type.GetTypeMembers())
        {
            if (HasGenericRecord(nested))
            {
                return true;
            }
        }

        return false;
    }

    private WrapperSlot ComputeWrapperSlot(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (!_search.IsOwn(type) || !(type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Struct && type.IsReadOnly))
        {
            return WrapperSlot.None;
        }

        IPropertySymbol? slot = null;
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            ITypeSymbol? memberType = member switch
            {
                IPropertySymbol { IsStatic: false } property => property.Type,
                IFieldSymbol { IsStatic: false, AssociatedSymbol: null } field => field.Type,
                _ => null,
            };

            if (memberType is not ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type })
            {
                continue;
            }

            if (slot is not null || member is not IPropertySymbol candidate)
            {
                // two members of the type parameter's type (or a field of it): which one a lambda or a read gets is not plain
                return WrapperSlot.None;
            }

            slot = candidate;
        }

        if (slot is null || slot.IsVirtual || slot.IsAbstract || slot.IsOverride || slot.SetMethod is { IsInitOnly: false }
            || Annotations.PositionalParameter(slot) is not { } parameter)
        {
            return WrapperSlot.None;
        }

        return new WrapperSlot(slot, parameter);
    }

    private SlotFeed ComputeSlotFeed(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (parameter.RefKind != RefKind.None || parameter.Type is not INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke }
            || parameter.ContainingSymbol is not IMethodSymbol { IsStatic: false, MethodKind: MethodKind.Ordinary, IsAsync: false } method
            || SlotOf(method.ContainingType, cancellationToken) is not { Property: { } slot }
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, slot.ContainingType)
            || OwnBodyOperation(method, cancellationToken) is not { } body)
        {
            return SlotFeed.None;
        }

        int mask = invoke.Parameters.Length >= 31 ? 0 : (1 << invoke.Parameters.Length) - 1;
        foreach (var operation in body.DescendantsAndSelf())
        {
            if (operation is not IParameterReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
            {
                continue;
            }

            if (reference.Parent is not IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke } call || call.Instance != reference)
            {
                // handed on, stored, written or called under ?.: where its calls go is not seen
                return SlotFeed.None;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { Ordinal: < 31 } given && !IsSlotOfThis(argument.Value, slot))
                {
                    mask &= ~(1 << given.Ordinal);
                }
            }
        }

        return mask == 0 ? SlotFeed.None : new SlotFeed(mask);
    }

    /// <summary>
    /// The parameters of a method that its body may write: assigned, incremented, deconstructed into, passed by
    /// <c>ref</c> or <c>out</c>, its address taken; every one when the body takes any reference (a <c>ref</c> local).
    /// </summary>
    private SlotFeed ComputeWrittenParameters(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (BodyOf(method, cancellationToken) is not { } body || _search.ModelOf(body.SyntaxTree).GetOperation(body, cancellationToken) is not { } operation)
        {
            return AllWritten;
        }

        int written = 0;
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            switch (descendant)
            {
                case IVariableDeclaratorOperation { Symbol.IsRef: true }:
                case IAddressOfOperation:
                    return AllWritten;
                case IParameterReferenceOperation reference when IsWrittenThere(reference):
                    written |= reference.Parameter.Ordinal > 30 ? -1 : 1 << reference.Parameter.Ordinal;
                    break;
            }
        }

        return new SlotFeed(written);
    }

    /// <summary>Whether a parameter's reference is a place written (or taken by reference), not a read.</summary>
    private static bool IsWrittenThere(IParameterReferenceOperation reference) =>
        reference.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == reference,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            ITupleOperation or IDeclarationExpressionOperation => true,
            _ => false,
        };

    /// <summary>Whether a value is the wrapper's own slot read on <c>this</c> (<c>Value</c>, <c>this.Value</c>).</summary>
    private static bool IsSlotOfThis(IOperation value, IPropertySymbol slot) =>
        value.SkipConversions() is IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } } read
        && SymbolEqualityComparer.Default.Equals(read.Property.OriginalDefinition, slot);

    /// <summary>
    /// The currency of the value a wrapper-typed expression holds: <see cref="Currencies.None"/> for one that holds none
    /// (<c>default</c>, a failure made with <c>default</c>), null when it is not certain. <paramref name="frame"/> binds the
    /// parameters and <c>this</c> of the call whose body the expression is in (null: ordinary code).
    /// </summary>
    private string? Wrapped(IOperation? operation, WrapperFrame? frame, int depth, ref int steps, CancellationToken cancellationToken)
    {
        if (operation is null || ++steps > MaxWrapperSteps)
        {
            return null;
        }

        operation = operation.SkipConversions();
        switch (operation)
        {
            case IDefaultValueOperation:
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }:
                // default(Result<Money>), Option<Money>.None => default: no money
                return Currencies.None;

            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                string? first = Wrapped(conditional.WhenTrue, frame, depth, ref steps, cancellationToken);
                return first is null ? null : Currencies.Join(first, Wrapped(whenFalse, frame, depth, ref steps, cancellationToken));

            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                // this, in a wrapper's method: the receiver of the call
                return frame?.Instance is { } receiver ? Wrapped(receiver, frame.Caller, depth, ref steps, cancellationToken) : null;

            case IParameterReferenceOperation parameter:
                return frame is not null && frame.Argument(parameter.Parameter) is { } argument
                    ? Wrapped(argument, frame.Caller, depth, ref steps, cancellationToken)
                    : null;

            case ILocalReferenceOperation local:
                return ValueFlow.SingleValue(local, null, _singleValues, FlowMode.Exact, cancellationToken) is { } held
                    ? Wrapped(held, frame, depth, ref steps, cancellationToken)
                    : null;

            case IObjectCreationOperation creation:
                return CreatedWrapper(creation, frame, depth, ref steps, cancellationToken);

            case IInvocationOperation invocation:
                return Called(invocation.TargetMethod, invocation.Instance, invocation.Arguments, frame, depth, ref steps, wrapped: true, cancellationToken);

            case IPropertyReferenceOperation { Property: { IsIndexer: false, GetMethod: { } getter } } property:
                // Option<Money>.None => default, a computed property's getter
                return Called(getter, property.Instance, ImmutableArray<IArgumentOperation>.Empty, frame, depth, ref steps, wrapped: true, cancellationToken);

            default:
                return null;
        }
    }

    /// <summary><c>new(value, null)</c> of a wrapper by its primary constructor: the currency of the value given for its slot.</summary>
    private string? CreatedWrapper(IObjectCreationOperation creation, WrapperFrame? frame, int depth, ref int steps, CancellationToken cancellationToken)
    {
        if (creation.Initializer is not null || creation.Constructor is not { } constructor
            || SlotOf(creation.Type, cancellationToken) is not { Parameter: { } slotParameter }
            || !SymbolEqualityComparer.Default.Equals(constructor.OriginalDefinition, slotParameter.ContainingSymbol))
        {
            return null;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Ordinal == slotParameter.Ordinal)
            {
                return SlotMoney(argument.Value, frame, depth, ref steps, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>
    /// The currency of a value of the wrapper's type parameter, or of money, inside a followed call's body
    /// (<paramref name="frame"/>); in ordinary code, the flow's own answer.
    /// </summary>
    private string? SlotMoney(IOperation? operation, WrapperFrame? frame, int depth, ref int steps, CancellationToken cancellationToken)
    {
        if (operation is null || ++steps > MaxWrapperSteps)
        {
            return null;
        }

        if (frame is null)
        {
            return _types.IsMoney(operation.Type) ? Value(operation, 0, FlowMode.Exact, cancellationToken) : null;
        }

        operation = operation.SkipConversions()!;
        switch (operation)
        {
            case IDefaultValueOperation:
                // Fail(error) => new(default!, error): no money
                return Currencies.None;

            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                string? first = SlotMoney(conditional.WhenTrue, frame, depth, ref steps, cancellationToken);
                return first is null ? null : Currencies.Join(first, SlotMoney(whenFalse, frame, depth, ref steps, cancellationToken));

            case IParameterReferenceOperation parameter:
                return frame.Argument(parameter.Parameter) is { } argument ? SlotMoney(argument, frame.Caller, depth, ref steps, cancellationToken) : null;

            case ILocalReferenceOperation local:
                return ValueFlow.SingleValue(local, null, _singleValues, FlowMode.Exact, cancellationToken) is { } held
                    ? SlotMoney(held, frame, depth, ref steps, cancellationToken)
                    : null;

            case IPropertyReferenceOperation { Instance: { } instance } read
                when SlotOf(read.Property.ContainingType, cancellationToken).Property is { } slot && SymbolEqualityComparer.Default.Equals(read.Property.OriginalDefinition, slot):
                // Value, this.Value, other.Value: what that wrapper holds
                return Wrapped(instance, frame, depth, ref steps, cancellationToken);

            case IInvocationOperation invocation when invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke
                && invocation.TargetMethod.OriginalDefinition.ReturnType.Kind == SymbolKind.TypeParameter:
                // other.Or(fallback), a generic helper's return: its body, with this call's arguments
                return CalledSlotMoney(invocation, frame, depth, ref steps, cancellationToken);

            default:
                // money stated in the body itself (Money.Trillions(33m, Currency.KRW)); a parameter of the body is not bound there
                return _types.IsMoney(operation.Type) ? Value(operation, 0, FlowMode.Exact, cancellationToken) : null;
        }
    }

    private string? CalledSlotMoney(IInvocationOperation invocation, WrapperFrame? frame, int depth, ref int steps, CancellationToken cancellationToken) =>
        Called(invocation.TargetMethod, invocation.Instance, invocation.Arguments, frame, depth, ref steps, wrapped: false, cancellationToken);

    /// <summary>
    /// A call of a method (or a property's getter) of the compilation whose body is the only code that can run for it:
    /// the currency every return agrees on, of the wrapper it returns (<paramref name="wrapped"/>) or of the value.
    /// </summary>
    private string? Called(IMethodSymbol target, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, WrapperFrame? frame, int depth, ref int steps, bool wrapped, CancellationToken cancellationToken)
    {
        var method = target.OriginalDefinition;
        if (depth >= MaxWrapperFrames || method.IsAsync || method.MethodKind is not (MethodKind.Ordinary or MethodKind.PropertyGet)
            || ExtensionBlocks.ReceiverOf(method) is not null || !CanFollowBody(method) || !_search.IsOwn(method)
            || BodyOf(method, cancellationToken) is not { } body)
        {
            return null;
        }

        var callee = new WrapperFrame(method, BodyWrittenParameters.Get(method, cancellationToken).Mask, instance, arguments, frame);
        string? code = Currencies.None;
        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
        {
            code = Currencies.Join(code, wrapped
                ? Wrapped(returned, callee, depth + 1, ref steps, cancellationToken)
                : SlotMoney(returned, callee, depth + 1, ref steps, cancellationToken));
            if (code is null)
            {
                return null;
            }
        }

        return code;
    }

    /// <summary>A followed call: its method, receiver and arguments, and the frame the call itself is in.</summary>
    private sealed class WrapperFrame
    {
        private readonly ImmutableArray<IArgumentOperation> _arguments;

        public WrapperFrame(IMethodSymbol method, int written, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, WrapperFrame? caller)
        {
            Method = method;
            Written = written;
            Instance = instance;
            _arguments = arguments;
            Caller = caller;
        }

        public IMethodSymbol Method { get; }

        /// <summary>The parameters the body may write, one bit each.</summary>
        public int Written { get; }

        public IOperation? Instance { get; }

        public WrapperFrame? Caller { get; }

        /// <summary>
        /// The argument the call gives a by-value parameter of its method that the body never writes; else null (the
        /// parameter of another function, a <c>ref</c> or <c>out</c> one, one assigned).
        /// </summary>
        public IOperation? Argument(IParameterSymbol parameter)
        {
            if (parameter.RefKind is not (RefKind.None or RefKind.In) || parameter.Ordinal > 30 || (Written & (1 << parameter.Ordinal)) != 0
                || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, Method))
            {
                return null;
            }

            foreach (var argument in _arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal)
                {
                    return argument.ArgumentKind == ArgumentKind.Explicit ? argument.Value : null;
                }
            }

            return null;
        }
    }
}
