using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The elements of an array of money by index, where an indexer write has made the array's elements uncertain (a write
/// may replace an element). Followed only for a <c>readonly</c> field, or a local, whose initializer gives every
/// element a known currency and whose every use is a read or an element write with a constant index (also counted from the end, <c>arr[^1]</c>): an index that
/// every write gives its initial currency keeps it for ever, and an element write that comes before a read in
/// straight-line code (an earlier statement of a block that holds the read), with no write of another currency to that
/// index that could run between them, gives the element its currency at that read. Anything else (a write at an index
/// that is not constant, the array handed to code that may write it, a reassignment, <c>Array.Sort</c> or
/// <c>Reverse</c> other than at the read itself) leaves the array as the rest of the flow sees it. A local rented from a
/// pool with a constant length (<c>ArrayPool&lt;Money&gt;.Shared.Rent(2)</c>) is followed the same way with every index
/// unknown at first; it may be longer than asked, so an index counted from the end is never known, and it may be given
/// back (<c>Return(rows)</c>) only in the <c>finally</c> clause of a try statement whose try block holds the read.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private FactCache<ArraySlots>? _arraySlots;

    /// <summary>The per-index facts of arrays, worked out on first use.</summary>
    private FactCache<ArraySlots> ArraySlotFacts => _arraySlots ??= Facts<ArraySlots>(ComputeArraySlots, ArraySlots.Unknown, ArraySlots.Unknown);

    /// <summary>
    /// The elements of a collection read at one place: <paramref name="elements"/>, or, for an array whose indexer
    /// writes leave its elements uncertain, the two currencies its indexes are known to hold there.
    /// </summary>
    private Elements ElementsAtRead(IOperation? collection, Elements elements, CancellationToken cancellationToken)
    {
        if (!elements.MayRemove || elements.Second is null || elements.IsMixed || SlotArray(collection) is not { } array)
        {
            return elements;
        }

        string? first = null;
        foreach (var code in KnownSlots(array.Reference, array.Symbol, cancellationToken))
        {
            if (code is null)
            {
                continue;
            }

            if (first is null)
            {
                first = code;
            }
            else if (first != code)
            {
                return Elements.Of(first).Add(code);
            }
        }

        return elements;
    }

    /// <summary>
    /// The currency of an element read: the one all the array's elements have, or, when indexer writes leave that
    /// uncertain, the one its index holds there.
    /// </summary>
    private string? ElementRead(IArrayElementReferenceOperation element, int depth, CancellationToken cancellationToken)
    {
        var elements = ElementsOf(element.ArrayReference, depth, cancellationToken);
        return elements.Code ?? (elements.MayRemove || elements.HasUnknown && IsRentedLocal(element.ArrayReference, cancellationToken) ? SlotValue(element, cancellationToken) : null);
    }

    /// <summary>The currency of an element read with a constant index (<c>arr[1]</c>, <c>arr[^1]</c>) where its array's indexes are followed; else null.</summary>
    private string? SlotValue(IArrayElementReferenceOperation element, CancellationToken cancellationToken)
    {
        if (element.Indices.Length != 1 || SlotArray(element.ArrayReference) is not { } array)
        {
            return null;
        }

        var known = KnownSlots(array.Reference, array.Symbol, cancellationToken);
        return known.Length > 0 && ConstantSlot(element.Indices[0], ArraySlotFacts.Get(array.Symbol, cancellationToken).Rented ? -1 : known.Length) is int index
            && index >= 0 && index < known.Length ? known[index] : null;
    }

    /// <summary>
    /// Whether an array is a local declared with a call named <c>Rent</c> (<c>var rows = ArrayPool&lt;Money&gt;.Shared.Rent(2);</c>),
    /// read from the declaration's syntax alone: whose indexes may then be followed though its elements are unknown.
    /// </summary>
    private static bool IsRentedLocal(IOperation array, CancellationToken cancellationToken) =>
        array.SkipConversions() is ILocalReferenceOperation { Local: { IsRef: false, DeclaringSyntaxReferences.Length: 1 } local }
        && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax
        {
            Initializer.Value: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Rent" } },
        };

    /// <summary><c>System.Buffers.ArrayPool&lt;T&gt;</c>.</summary>
    private static bool IsArrayPool(INamedTypeSymbol? type) =>
        type is { Name: "ArrayPool", TypeArguments.Length: 1, ContainingNamespace: { Name: "Buffers", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    /// <summary>
    /// The index an element access names in an array of <paramref name="length"/> elements: a constant (<c>1</c>), or a
    /// constant counted from the end (<c>^1</c>: <paramref name="length"/> − 1; none when the length is not known, -1:
    /// a rented array may be longer than asked for); else null.
    /// </summary>
    private static int? ConstantSlot(IOperation index, int length)
    {
        if (index.ConstantValue is { HasValue: true, Value: int constant })
        {
            return constant;
        }

        return length >= 0 && index is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat, Operand.ConstantValue: { HasValue: true, Value: int fromEnd } }
            ? length - fromEnd
            : null;
    }

    /// <summary>A reference to a <c>readonly</c> field (of this instance, or static) or a local of an array of money: the array and its symbol; else null.</summary>
    private (IOperation Reference, ISymbol Symbol)? SlotArray(IOperation? collection)
    {
        switch (collection.SkipConversions())
        {
            case IFieldReferenceOperation { Field: { IsReadOnly: true, Type: IArrayTypeSymbol { Rank: 1 } type } field } reference
                when _types.IsMoney(type.ElementType) && OnThisOrStatic(reference):
                return (reference, field.OriginalDefinition);
            case ILocalReferenceOperation { Local: { IsRef: false, Type: IArrayTypeSymbol { Rank: 1 } type } local } reference when _types.IsMoney(type.ElementType):
                return (reference, local);
            default:
                return null;
        }
    }

    /// <summary>Whether a field is read from <c>this</c> (or is static), so that writes through <c>this</c> are writes of the same array.</summary>
    private static bool OnThisOrStatic(IFieldReferenceOperation reference) =>
        reference.Instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

    /// <summary>
    /// The currency each index of an array holds at a read (null where not known): an index every write gives its
    /// initial currency, or the currency of an element write that comes before the read with nothing between that may
    /// write that index otherwise. Empty when the array's indexes are not followed.
    /// </summary>
    private ImmutableArray<string?> KnownSlots(IOperation read, ISymbol symbol, CancellationToken cancellationToken)
    {
        var slots = ArraySlotFacts.Get(symbol, cancellationToken);
        if (ReferenceEquals(slots, ArraySlots.Unknown))
        {
            return ImmutableArray<string?>.Empty;
        }

        var syntax = read.Syntax;
        foreach (var returned in slots.Returns)
        {
            // a rented array given back to its pool may be handed out and written by anyone: only reads in the try block
            // whose finally clause gives it back are before that
            if (returned.SyntaxTree != syntax.SyntaxTree || !InFinallyOfTryAround(returned, syntax))
            {
                return ImmutableArray<string?>.Empty;
            }
        }

        foreach (var permutation in slots.Permutations)
        {
            // a sort or reverse moves elements between indexes; only the read itself may be one (it reads them before it moves them)
            if (permutation.SyntaxTree != syntax.SyntaxTree || permutation.Span != syntax.Span)
            {
                return ImmutableArray<string?>.Empty;
            }
        }

        var known = new string?[slots.Initial.Length];
        for (int i = 0; i < known.Length; i++)
        {
            known[i] = slots.KeepsInitial(i) ? slots.Initial[i] : null;
        }

        foreach (var write in slots.Writes)
        {
            if (write.Code is not null && write.Index >= 0 && write.Index < known.Length && HoldsAt(write, syntax, slots))
            {
                known[write.Index] = write.Code;
            }
        }

        return ImmutableArray.Create(known);
    }

    /// <summary>
    /// Whether an element write gives its index its currency at a read: the write is a statement (or in a plain block
    /// that is a statement) of a block that holds the read in a later statement, outside lambdas and local functions
    /// and with no label between them; and, for a field, no other write of another currency to that index anywhere, for
    /// a local, none that follows it in that block, nor in a lambda or a local function (where a call could run it).
    /// </summary>
    private static bool HoldsAt(SlotWrite write, SyntaxNode read, ArraySlots slots)
    {
        if (!write.OnThis || write.Syntax.SyntaxTree != read.SyntaxTree || write.Syntax.Parent is not ExpressionStatementSyntax expression)
        {
            return false;
        }

        StatementSyntax statement = expression;
        while (statement.Parent is BlockSyntax nested && nested.Parent is BlockSyntax && !nested.Span.Contains(read.Span))
        {
            statement = nested;
        }

        if (statement.Parent is not BlockSyntax block || read.SpanStart < statement.Span.End || !block.Span.Contains(read.Span))
        {
            return false;
        }

        for (var node = read.Parent; node is not null && node != block; node = node.Parent)
        {
            if (node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return false;
            }
        }

        foreach (var label in block.DescendantNodes())
        {
            if (label is LabeledStatementSyntax && label.SpanStart > statement.SpanStart && label.SpanStart < read.SpanStart)
            {
                return false;
            }
        }

        var body = BodyAround(read);
        foreach (var other in slots.Writes)
        {
            if (other.Index != write.Index || other.Code is { } code && code == write.Code)
            {
                continue;
            }

            if (slots.IsField)
            {
                // a field is shared by every run of every method: a recursive call, an interleaved iterator or async
                // method may run any write of it between the two
                return false;
            }

            var otherSyntax = other.Syntax;
            if (otherSyntax.SyntaxTree != read.SyntaxTree || BodyAround(otherSyntax) != body || body is null)
            {
                // in another member (or a lambda, a local function): a call between the write and the read may run it
                return false;
            }

            if (block.Span.Contains(otherSyntax.Span) && otherSyntax.SpanStart > statement.SpanStart)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a node is in the <c>finally</c> clause of a try statement whose try block holds <paramref name="read"/>
    /// (in the same member body, outside lambdas and local functions).</summary>
    private static bool InFinallyOfTryAround(SyntaxNode node, SyntaxNode read)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax)
            {
                return false;
            }

            if (parent is FinallyClauseSyntax { Parent: TryStatementSyntax attempt } && attempt.Block.Span.Contains(read.Span))
            {
                return BodyAround(node) == BodyAround(read);
            }
        }

        return false;
    }

    /// <summary>The member body (or lambda, local function, top-level code) whose code runs a node, or null.</summary>
    private static SyntaxNode? BodyAround(SyntaxNode node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or CompilationUnitSyntax
                || parent is MemberDeclarationSyntax and not GlobalStatementSyntax)
            {
                return parent;
            }
        }

        return null;
    }

    /// <summary>
    /// Works out an array's per-index facts: its initializer's currencies by index, then every use in its scope (the
    /// code that can reach a field, the body of a local) as a read, an element write with a constant index, or a sort
    /// or reverse; <see cref="ArraySlots.Unknown"/> for any other use or initializer.
    /// </summary>
    private ArraySlots ComputeArraySlots(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (Declared(symbol) is not null || symbol.DeclaringSyntaxReferences.Length != 1 || !_search.IsOwn(symbol)
            || symbol is IFieldSymbol field && !IsHiddenFromOtherAssemblies(field)
            || symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator)
        {
            return ArraySlots.Unknown;
        }

        var model = _search.ModelOf(declarator.SyntaxTree);
        var initialOperation = model.GetOperation(initializer.Value, cancellationToken);
        var initial = symbol is ILocalSymbol ? RentedSlots(initialOperation) : default;
        bool rented = !initial.IsDefault;
        if (!rented)
        {
            initial = InitialSlots(initialOperation, cancellationToken);
        }

        if (initial.IsDefault)
        {
            return ArraySlots.Unknown;
        }

        List<(IOperation Reference, Elements Effect)> uses;
        if (symbol is ILocalSymbol)
        {
            if (ScopeOf(declarator) is not { } scope)
            {
                return ArraySlots.Unknown;
            }

            uses = Uses(symbol, scope, model, cancellationToken, null, null, withReads: true);
        }
        else
        {
            uses = Uses(symbol, cancellationToken, null, withReads: true);
        }

        var writes = new List<SlotWrite>();
        var permutations = new List<SyntaxNode>();
        List<SyntaxNode>? returns = null;
        foreach (var (reference, _) in uses)
        {
            switch (SlotUse(reference, rented ? -1 : initial.Length, cancellationToken, out var write))
            {
                case SlotUseKind.Read:
                    break;
                case SlotUseKind.Returned when rented:
                    (returns ??= new()).Add(reference.Syntax);
                    break;
                case SlotUseKind.Write:
                    writes.Add(write!);
                    break;
                case SlotUseKind.Permutation:
                    permutations.Add(reference.Syntax);
                    break;
                default:
                    return ArraySlots.Unknown;
            }
        }

        return writes.Count == 0 ? ArraySlots.Unknown : new ArraySlots(initial, writes, permutations, symbol is IFieldSymbol, returns, rented);
    }

    private const int MaxRentedSlots = 64;

    /// <summary>
    /// The indexes of an array rented from a pool with a constant length (<c>ArrayPool&lt;Money&gt;.Shared.Rent(2)</c>):
    /// that many, none known (a rented array holds what it held before); default for anything else.
    /// </summary>
    private static ImmutableArray<string?> RentedSlots(IOperation? initializer) =>
        initializer.SkipConversions() is IInvocationOperation { TargetMethod: { Name: "Rent", IsStatic: false } rent, Arguments.Length: 1 } call
        && IsArrayPool(rent.ContainingType) && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int asked } && asked > 0 && asked <= MaxRentedSlots
            ? ImmutableArray.Create(new string?[asked])
            : default;

    /// <summary>Whether neither a field nor any type around it can be seen from another assembly (which could write the array unseen).</summary>
    private static bool IsHiddenFromOtherAssemblies(IFieldSymbol field)
    {
        for (ISymbol? symbol = field; symbol is IFieldSymbol or INamedTypeSymbol; symbol = symbol.ContainingType)
        {
            if (symbol.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The currency of each element an array creation, array initializer or collection expression (without spreads) gives; default when it is none of them.</summary>
    private ImmutableArray<string?> InitialSlots(IOperation? initializer, CancellationToken cancellationToken)
    {
        ImmutableArray<IOperation> values;
        switch (initializer.SkipConversions())
        {
            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                values = arrayInitializer.ElementValues;
                break;
            case IArrayInitializerOperation arrayInitializer:
                values = arrayInitializer.ElementValues;
                break;
            case ICollectionExpressionOperation collection:
                values = collection.Elements;
                break;
            default:
                return default;
        }

        var slots = ImmutableArray.CreateBuilder<string?>(values.Length);
        foreach (var value in values)
        {
            if (value is ISpreadOperation)
            {
                return default;
            }

            slots.Add(Currencies.Known(ElementValue(value, 1, cancellationToken, null)));
        }

        return slots.MoveToImmutable();
    }

    /// <summary>
    /// What one use of an array of <paramref name="size"/> elements (-1: a rented array, of a length not known) does to its
    /// indexes: a read, an element write with a constant index (also counted from the end, when the length is known), a
    /// sort or reverse, a rented array given back to its pool, or anything else.
    /// </summary>
    private SlotUseKind SlotUse(IOperation reference, int size, CancellationToken cancellationToken, out SlotWrite? write)
    {
        write = null;
        var node = reference;
        var parent = reference.Parent;
        while (parent is IConversionOperation conversion && conversion.Operand == node)
        {
            if (!SymbolEqualityComparer.Default.Equals(conversion.Type, node.Type))
            {
                // seen through a read-only interface (LINQ's IEnumerable) it can only be read
                return IsReadOnlyUse(conversion, cancellationToken) ? SlotUseKind.Read : SlotUseKind.Other;
            }

            node = conversion;
            parent = conversion.Parent;
        }

        switch (parent)
        {
            case IArrayElementReferenceOperation element when element.ArrayReference == node && element.Indices.Length == 1:
                if (element.Parent is ISimpleAssignmentOperation assignment && assignment.Target == element)
                {
                    if (assignment.IsRef || ConstantSlot(element.Indices[0], size) is not int index)
                    {
                        return SlotUseKind.Other;
                    }

                    bool onThis = reference is not IFieldReferenceOperation field || OnThisOrStatic(field);
                    write = new SlotWrite(index, Currencies.Known(ElementValue(assignment.Value, 0, cancellationToken, null)), assignment.Syntax, onThis);
                    return SlotUseKind.Write;
                }

                return IsElementRead(element) ? SlotUseKind.Read : SlotUseKind.Other;

            case IArgumentOperation { Parameter: { RefKind: RefKind.None } parameter }:
                if (size < 0 && parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { Name: "Return", IsStatic: false } giveBack && IsArrayPool(giveBack.ContainingType))
                {
                    // ArrayPool<Money>.Shared.Return(rows): the end of its use
                    return SlotUseKind.Returned;
                }

                if (parameter.ContainingSymbol is IMethodSymbol { IsStatic: true, ContainingType.SpecialType: SpecialType.System_Array } method)
                {
                    if (method.Name is "Sort" or "Reverse")
                    {
                        return SlotUseKind.Permutation;
                    }

                    if (method.Name is "IndexOf" or "LastIndexOf" or "BinarySearch" or "Find" or "FindAll" or "FindIndex" or "FindLast" or "FindLastIndex"
                        or "Exists" or "TrueForAll" or "ForEach" or "AsReadOnly" or "ConvertAll")
                    {
                        return SlotUseKind.Read;
                    }
                }

                return IsReadOnlyView(parameter.Type) && !MayCastBack(parameter, cancellationToken) ? SlotUseKind.Read : SlotUseKind.Other;

            case IForEachLoopOperation loop when loop.Collection == node:
            case IPropertyReferenceOperation { Property.Name: "Length" or "LongLength" } length when length.Instance == node:
            case INameOfOperation:
            case ISpreadOperation:
                return SlotUseKind.Read;

            default:
                return SlotUseKind.Other;
        }
    }

    /// <summary>Whether an element of an array (or a span) of money is only read where it is used: not assigned,
    /// incremented, deconstructed into, nor taken by reference.</summary>
    private static bool IsElementRead(IOperation element)
    {
        if (TakenByReference(element))
        {
            return false;
        }

        switch (element.Parent)
        {
            case IAssignmentOperation assignment when assignment.Target == element:
            case IIncrementOrDecrementOperation:
            case IArgumentOperation { Parameter.RefKind: not RefKind.None }:
            case ITupleOperation:
            case IAddressOfOperation:
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } }:
                return false;
            default:
                return true;
        }
    }

    /// <summary>What a use of an array does to its indexes.</summary>
    private enum SlotUseKind
    {
        /// <summary>Anything that may write the array unseen.</summary>
        Other,

        /// <summary>A read of its elements.</summary>
        Read,

        /// <summary>An element write with a constant index.</summary>
        Write,

        /// <summary>An <c>Array.Sort</c> or <c>Array.Reverse</c>: elements moved between indexes.</summary>
        Permutation,

        /// <summary>A rented array given back to its pool (<c>ArrayPool&lt;T&gt;.Return</c>).</summary>
        Returned,
    }

    /// <summary>An element write with a constant index.</summary>
    private sealed class SlotWrite
    {
        /// <param name="index">The index written.</param>
        /// <param name="code">The currency written, or null when not known.</param>
        /// <param name="syntax">The assignment.</param>
        /// <param name="onThis">Whether the array written is the one of this instance (always, for a static field or a local).</param>
        public SlotWrite(int index, string? code, SyntaxNode syntax, bool onThis)
        {
            Index = index;
            Code = code;
            Syntax = syntax;
            OnThis = onThis;
        }

        /// <summary>The index written.</summary>
        public int Index { get; }

        /// <summary>The currency written, or null when not known.</summary>
        public string? Code { get; }

        /// <summary>The assignment.</summary>
        public SyntaxNode Syntax { get; }

        /// <summary>Whether the array written is the one of this instance (always, for a static field or a local).</summary>
        public bool OnThis { get; }
    }

    /// <summary>An array's per-index facts: its initial currencies, its element writes and its sorts and reverses.</summary>
    private sealed class ArraySlots
    {
        // before Unknown, which its constructor gives it
        private static readonly List<SyntaxNode> NoReturns = new();

        /// <summary>Indexes not followed.</summary>
        public static readonly ArraySlots Unknown = new(ImmutableArray<string?>.Empty, new List<SlotWrite>(), new List<SyntaxNode>(), isField: false, returns: null, rented: false);

        private readonly bool[] _keepsInitial;

        /// <param name="initial">The currency of each element the initializer gives (null where unknown).</param>
        /// <param name="writes">Every element write of the array.</param>
        /// <param name="permutations">Every sort or reverse of the array.</param>
        /// <param name="isField">Whether the array is a field's (else a local's).</param>
        /// <param name="returns">Where a rented array is given back to its pool.</param>
        /// <param name="rented">Whether the array is rented from a pool (its length is not known).</param>
        public ArraySlots(ImmutableArray<string?> initial, List<SlotWrite> writes, List<SyntaxNode> permutations, bool isField, List<SyntaxNode>? returns, bool rented)
        {
            IsField = isField;
            Returns = returns ?? NoReturns;
            Rented = rented;
            Initial = initial;
            Writes = writes;
            Permutations = permutations;
            _keepsInitial = new bool[initial.Length];
            for (int i = 0; i < initial.Length; i++)
            {
                _keepsInitial[i] = initial[i] is not null;
            }

            foreach (var write in writes)
            {
                if (write.Index >= 0 && write.Index < initial.Length && write.Code != initial[write.Index])
                {
                    _keepsInitial[write.Index] = false;
                }
            }
        }

        /// <summary>The currency of each element the initializer gives (null where unknown).</summary>
        public ImmutableArray<string?> Initial { get; }

        /// <summary>Whether the array is a field's (shared by every run of every method), else a local's.</summary>
        public bool IsField { get; }

        /// <summary>Every element write of the array, with a constant index.</summary>
        public List<SlotWrite> Writes { get; }

        /// <summary>Every <c>Array.Sort</c> or <c>Array.Reverse</c> of the array.</summary>
        public List<SyntaxNode> Permutations { get; }

        /// <summary>Where a rented array is given back to its pool.</summary>
        public List<SyntaxNode> Returns { get; }

        /// <summary>Whether the array is rented from a pool: at least as long as asked, so no index counted from the end is known.</summary>
        public bool Rented { get; }

        /// <summary>Whether an index holds its initial currency for ever: known, and every write to it states that currency.</summary>
        public bool KeepsInitial(int index) => _keepsInitial[index];
    }
}
