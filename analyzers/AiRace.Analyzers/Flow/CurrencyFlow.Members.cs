using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>Facts about members: the currency every write of a field or property states, a method's returns, a record's parameters.</summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>The stored form of "unknown" (a fact is never null).</summary>
    private static readonly string UnknownFact = new('?', 1);

    private FactCache<string>? _memberValues;
    private FactCache<string>? _methodReturns;
    private FactCache<string>? _parameterValues;
    private FactCache<string>? _outValues;
    private FactCache<string?[]>? _methodTuples;
    private FactCache<string?[]>? _constructorArguments;
    private readonly object _implementedLock = new();
    private Dictionary<IPropertySymbol, bool>? _implementedForDerived;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, string> _inheritedAnnotations = new(SymbolEqualityComparer.Default);

    // the write positions of each name searched for in every tree, bound once and filed under the member each writes
    // (null: one of them is a ref alias)
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<ISymbol, (IOperation Reference, ISymbol Member)[]>?> _writeSites = new(System.StringComparer.Ordinal);

    private FactCache<string> MemberValues => _memberValues ??= Facts<string>((s, c) => Stored(ComputeMemberValue(s, c)), Currencies.None, UnknownFact);

    private FactCache<string> MethodReturns => _methodReturns ??= Facts<string>((s, c) => Stored(ComputeMethodReturn((IMethodSymbol)s, c)), Currencies.None, UnknownFact);

    private FactCache<string> OutValues => _outValues ??= Facts<string>((s, c) => Stored(ComputeOutValue((IParameterSymbol)s, c)), Currencies.None, UnknownFact);

    private FactCache<string> ParameterValues => _parameterValues ??= Facts<string>((s, c) => Stored(ComputeParameterValue((IParameterSymbol)s, c)), Currencies.None, UnknownFact);

    private FactCache<string?[]> MethodTuples => _methodTuples ??= Facts<string?[]>((s, c) => ComputeMethodTuple((IMethodSymbol)s, c), System.Array.Empty<string?>(), System.Array.Empty<string?>());

    private FactCache<string?[]> ConstructorArguments => _constructorArguments ??= Facts<string?[]>((s, c) => ComputeConstructorArguments((IMethodSymbol)s, c), System.Array.Empty<string?>(), System.Array.Empty<string?>());

    /// <summary>
    /// The <c>[Currency]</c> annotation of a symbol. A symbol of this compilation is only read for one of its own when some
    /// source file mentions the attribute at all (most never do; reading a symbol's attributes binds them); otherwise it
    /// can only inherit one, from a member of a referenced assembly that uses AiRace.Core.
    /// </summary>
    private string? Declared(ISymbol symbol) =>
        !SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _search.Assembly) || _search.MayAnnotate ? Annotations.Declared(symbol, _types, _inheritedAnnotations)
        : _search.MayInheritAnnotation ? Annotations.Inherited(symbol, _types, _inheritedAnnotations)
        : null;

    private static string Stored(string? code) => code ?? UnknownFact;

    private static string? Read(string fact) => ReferenceEquals(fact, UnknownFact) ? null : fact;

    /// <summary>The currency every write of a field or property states (its annotation, if it has one).</summary>
    private string? MemberValue(ISymbol member, CancellationToken cancellationToken) =>
        Read(MemberValues.Get(member, cancellationToken));

    /// <summary>The currency every return of a method states (its return annotation, if it has one).</summary>
    private string? MethodReturn(IMethodSymbol method, CancellationToken cancellationToken) =>
        Read(MethodReturns.Get(method, cancellationToken));

    /// <summary>The currency of a parameter: annotated, bound to a collection's elements by LINQ, or a primary-constructor parameter.</summary>
    private string? ParameterValue(IParameterSymbol parameter, IOperation reference, CancellationToken cancellationToken)
    {
        if (BindingActive && BoundParameter(parameter) is { } bound)
        {
            // a money parameter bound to a stand-in while its function's returns are worked out
            return bound;
        }

        switch (parameter.ContainingSymbol)
        {
            case IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda:
                return LambdaParameter(parameter, lambda, reference, cancellationToken);
            case IMethodSymbol { MethodKind: MethodKind.Constructor }:
                return Read(ParameterValues.Get(parameter, cancellationToken));
            default:
                // a method's parameter is known only by its annotation (none in a compilation that never mentions one and
                // references no other assembly that uses AiRace.Core)
                return !_search.MayAnnotate && !_search.MayInheritAnnotation && parameter.DeclaringSyntaxReferences.Length > 0 ? null : Read(ParameterValues.Get(parameter, cancellationToken));
        }
    }

    private string? ComputeMemberValue(ISymbol member, CancellationToken cancellationToken)
    {
        if (Declared(member) is { } declared)
        {
            return declared;
        }

        if (member.DeclaringSyntaxReferences.Length != 1 || !_search.IsOwn(member))
        {
            return null;
        }

        switch (member)
        {
            case IFieldSymbol field:
                return FieldValue(field, cancellationToken);

            case IPropertySymbol property:
                if (property.IsAbstract || property.IsVirtual || property.IsOverride && !IsFinalOverride(property) || property.IsExtern
                    || property.ContainingType?.TypeKind == TypeKind.Interface || SeenThroughInterface(property, writes: true, cancellationToken)
                    || MayBeFilledMember(property, cancellationToken))
                {
                    return null;
                }

                if (Annotations.PositionalParameter(property) is { } parameter)
                {
                    string? constructed = Read(ParameterValues.Get(parameter, cancellationToken));
                    return constructed is null ? null : Currencies.Join(constructed, Writes(property, cancellationToken));
                }

                return PropertyValue(property, cancellationToken);

            default:
                return null;
        }
    }

    /// <summary>
    /// The currency a field holds: its annotation, or its initializer and every write in the compilation but the one at
    /// <paramref name="ignored"/> (a <c>ref</c> argument whose read is asked about).
    /// </summary>
    private string? FieldValue(IFieldSymbol field, CancellationToken cancellationToken, SyntaxNode? ignored = null)
    {
        if (ignored is not null && Declared(field) is { } declared)
        {
            return declared;
        }

        if (field.DeclaringSyntaxReferences.Length != 1 || !_search.IsOwn(field)
            || field.IsConst || field.IsVolatile || field.IsImplicitlyDeclared || MayBeFilledMember(field, cancellationToken))
        {
            return null;
        }

        string? initial = Currencies.None;
        if (field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer } declarator)
        {
            initial = ExpressionValue(declarator.SyntaxTree, initializer.Value, cancellationToken);
        }

        return initial is null ? null : Currencies.Join(initial, Writes(field, cancellationToken, ignored));
    }

    private string? PropertyValue(IPropertySymbol property, CancellationToken cancellationToken)
    {
        // a partial property: its implementing part says what it holds (the defining part's accessors have no bodies)
        property = property.PartialImplementationPart ?? property;
        var syntax = property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (syntax is IndexerDeclarationSyntax indexer)
        {
            // an indexer of the code: what its getter returns, whatever the index
            return indexer.ExpressionBody is { } indexed ? ExpressionValue(indexer.SyntaxTree, indexed.Expression, cancellationToken)
                : GetterBody(indexer.AccessorList) is { } getterBody ? BodyReturns(indexer.SyntaxTree, getterBody, cancellationToken)
                : null;
        }

        if (syntax is not PropertyDeclarationSyntax declaration)
        {
            return null;
        }

        var tree = declaration.SyntaxTree;
        if (declaration.ExpressionBody is { } arrow)
        {
            return ExpressionValue(tree, arrow.Expression, cancellationToken);
        }

        if (declaration.AccessorList is not { } accessors)
        {
            return null;
        }

        // a property backed by C# 14's `field` whose accessors only read it and store `value` in it (get => field;
        // set => field = value;) holds what an auto-property would
        if (!OnlyStoresValueInField(property, accessors, _search.ModelOf(tree), cancellationToken))
        {
            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration) && (accessor.Body is not null || accessor.ExpressionBody is not null))
                {
                    // a computed property: what its getter returns
                    return BodyReturns(tree, (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody!.Expression, cancellationToken);
                }
            }

            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.Body is not null || accessor.ExpressionBody is not null)
                {
                    // a setter with a body writes somewhere else (a backing field), or stores something else than
                    // `value` in `field`: the property's own writes say nothing
                    return null;
                }
            }
        }

        // an auto-property: its initializer and every write
        string? initial = declaration.Initializer is { } initializer ? ExpressionValue(tree, initializer.Value, cancellationToken) : Currencies.None;
        return initial is null ? null : Currencies.Join(initial, Writes(property, cancellationToken));
    }

    /// <summary>The body of an accessor list's getter (a block or an arrow's expression); null without one.</summary>
    private static SyntaxNode? GetterBody(AccessorListSyntax? accessors)
    {
        if (accessors is not null)
        {
            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
                {
                    return (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody?.Expression;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a property's accessors with bodies (one at least) all use C# 14's <c>field</c> as an auto-property's
    /// accessors would: a getter that only returns it (<c>get =&gt; field;</c>, <c>get { return field; }</c>), a setter or
    /// <c>init</c> that only stores <c>value</c> in it (<c>set =&gt; field = value;</c>, <c>set { field = value; }</c>).
    /// Only the accessors can reach that backing field, so the property then holds its initializer and every write of it.
    /// </summary>
    private static bool OnlyStoresValueInField(IPropertySymbol property, AccessorListSyntax accessors, SemanticModel model, CancellationToken cancellationToken)
    {
        bool withBody = false;
        foreach (var accessor in accessors.Accessors)
        {
            ExpressionSyntax? expression;
            if (accessor.ExpressionBody is { } arrow)
            {
                expression = arrow.Expression;
            }
            else if (accessor.Body is { } body)
            {
                expression = body.Statements.Count != 1 ? null : body.Statements[0] switch
                {
                    ReturnStatementSyntax returned => returned.Expression,
                    ExpressionStatementSyntax statement => statement.Expression,
                    _ => null,
                };
            }
            else
            {
                continue;
            }

            withBody = true;
            var operation = expression is null ? null : model.GetOperation(expression, cancellationToken);
            bool plain = accessor.Kind() switch
            {
                SyntaxKind.GetAccessorDeclaration => IsBackingField(operation, property),
                SyntaxKind.SetAccessorDeclaration or SyntaxKind.InitAccessorDeclaration =>
                    operation is ISimpleAssignmentOperation { IsRef: false } assignment && IsBackingField(assignment.Target, property)
                    && assignment.Value is IParameterReferenceOperation { Parameter: { IsImplicitlyDeclared: true, Name: "value" } },
                _ => false,
            };
            if (!plain)
            {
                return false;
            }
        }

        return withBody;

        static bool IsBackingField(IOperation? operation, IPropertySymbol property) =>
            operation is IFieldReferenceOperation { Field: { IsImplicitlyDeclared: true, AssociatedSymbol: IPropertySymbol associated } }
            && (SymbolEqualityComparer.Default.Equals(associated, property) || SymbolEqualityComparer.Default.Equals(associated, property.PartialDefinitionPart));
    }

    /// <summary>The currency of an expression of a tree, exactly.</summary>
    private string? ExpressionValue(SyntaxTree tree, ExpressionSyntax expression, CancellationToken cancellationToken) =>
        Value(_search.ModelOf(tree).GetOperation(expression, cancellationToken), 0, FlowMode.Exact, cancellationToken);

    /// <summary>
    /// The currency every write of a field or property in the compilation states, apart from its declaration:
    /// assignments (also in object initializers and <c>with</c>), <c>??=</c>, deconstructions; a <c>ref</c> or
    /// <c>out</c> use makes it unknown; <c>+=</c> and <c>-=</c> keep the currency (they throw otherwise). The write at
    /// <paramref name="ignored"/> (a <c>ref</c> argument whose read is asked about) is not counted.
    /// </summary>
    private string? Writes(ISymbol member, CancellationToken cancellationToken, SyntaxNode? ignored = null)
    {
        var sites = WriteSitesOf(member, cancellationToken);
        if (sites is null)
        {
            // ref x.Member: an alias that may be written
            return null;
        }

        string? code = Currencies.None;
        foreach (var (reference, written) in sites)
        {
            if (!SymbolEqualityComparer.Default.Equals(written, member) || ignored is not null && reference.Syntax.Span == ignored.Span && reference.Syntax.SyntaxTree == ignored.SyntaxTree)
            {
                continue;
            }

            code = Currencies.Join(code, WrittenValue(reference, cancellationToken));
            if (code is null)
            {
                return null;
            }
        }

        return code;
    }

    /// <summary>
    /// The positions that may write a member, in source order (the positions of its name that write another member of
    /// that name may be among them); null when a position of its name is a <c>ref</c> alias. A member any file may write
    /// shares the bound write positions of its name with every member of that name: bound once (on first use), filed
    /// under the member each writes, and kept for the compilation.
    /// </summary>
    private (IOperation Reference, ISymbol Member)[]? WriteSitesOf(ISymbol member, CancellationToken cancellationToken)
    {
        var trees = _search.TreesThatCanWrite(member);
        if (!_search.IsEveryTree(trees))
        {
            return WriteSites(member.Name, trees, cancellationToken);
        }

        if (!_writeSites.TryGetValue(member.Name, out var byMember))
        {
            byMember = _writeSites.GetOrAdd(member.Name, ByMember(WriteSites(member.Name, _search.EveryTree, cancellationToken)));
        }

        return byMember is null ? null : byMember.TryGetValue(member, out var sites) ? sites : System.Array.Empty<(IOperation, ISymbol)>();
    }

    /// <summary>Write positions filed under the member each writes, in source order (null stays null).</summary>
    private static Dictionary<ISymbol, (IOperation Reference, ISymbol Member)[]>? ByMember((IOperation Reference, ISymbol Member)[]? sites)
    {
        if (sites is null)
        {
            return null;
        }

        var lists = new Dictionary<ISymbol, List<(IOperation Reference, ISymbol Member)>>(SymbolEqualityComparer.Default);
        foreach (var site in sites)
        {
            if (!lists.TryGetValue(site.Member, out var list))
            {
                lists[site.Member] = list = new List<(IOperation Reference, ISymbol Member)>();
            }

            list.Add(site);
        }

        var byMember = new Dictionary<ISymbol, (IOperation Reference, ISymbol Member)[]>(lists.Count, SymbolEqualityComparer.Default);
        foreach (var entry in lists)
        {
            byMember[entry.Key] = entry.Value.ToArray();
        }

        return byMember;
    }

    /// <summary>
    /// Every position in the trees where a field, property or parameter of this name may be written, in source order,
    /// each bound to the member it refers to (its original definition); null when one of them is a <c>ref</c> alias.
    /// </summary>
    private (IOperation Reference, ISymbol Member)[]? WriteSites(string name, IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var found = new List<(IOperation Reference, ISymbol Member)>();
        foreach (var token in _search.Identifiers(name, trees, cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax identifier || WritePosition(identifier) is not { } written)
            {
                continue;
            }

            if (written.Parent is RefExpressionSyntax)
            {
                return null;
            }

            var reference = _search.ModelOf(token.SyntaxTree!).GetOperation(written, cancellationToken);
            if (reference is IDynamicMemberReferenceOperation)
            {
                // target.Reserve = … on a dynamic target: any member of this name may be the one written (a read, or the
                // receiver of a call, writes nothing)
                if (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference
                    || reference.Parent is IIncrementOrDecrementOperation or ITupleOperation)
                {
                    return null;
                }

                continue;
            }

            var member = reference switch
            {
                IFieldReferenceOperation field => (ISymbol)field.Field,
                IPropertyReferenceOperation property => property.Property,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };

            if (member is not null)
            {
                found.Add((reference!, member.OriginalDefinition));
            }
        }

        return found.ToArray();
    }

    /// <summary>
    /// The expression a name is part of when that expression is in a position that may write it (the left of an
    /// assignment, a <c>ref</c>/<c>out</c> argument, a deconstruction target, a <c>ref</c>), else null.
    /// </summary>
    private static ExpressionSyntax? WritePosition(IdentifierNameSyntax name)
    {
        ExpressionSyntax node = name;
        if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
        {
            node = access;
        }
        else if (node.Parent is MemberBindingExpressionSyntax binding && binding.Name == node)
        {
            node = binding;
        }

        var expression = node;
        while (node.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            node = (ExpressionSyntax)node.Parent;
        }

        switch (node.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.Left == node:
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression }:
            case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression }:
            case RefExpressionSyntax:
            case MakeRefExpressionSyntax:
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.AddressOfExpression }:
                return expression;
            case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) || argument.Parent is TupleExpressionSyntax:
                return expression;
            case MemberAccessExpressionSyntax receiver when receiver.Expression == node && receiver.Parent is InvocationExpressionSyntax:
                // x.M(): a this-ref extension method may assign x
                return expression;
            default:
                return null;
        }
    }

    /// <summary>
    /// The currency a write of a reference stores: <see cref="Currencies.None"/> for a use that keeps it (a compound
    /// assignment, a receiver, an argument passed by value), null when unknown (<c>ref</c>, an unknown <c>out</c>).
    /// </summary>
    private string? WrittenValue(IOperation reference, CancellationToken cancellationToken)
    {
        var parent = reference.Parent;
        switch (parent)
        {
            case IArgumentOperation argument:
                return argument.Parameter?.RefKind switch
                {
                    // a ref readonly parameter cannot be written through, as an in one
                    RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter => Currencies.None,
                    RefKind.Out => OutValue(argument, cancellationToken),
                    _ => null,
                };
            case IInvocationOperation invocation when invocation.Instance == reference:
            case IPropertyReferenceOperation property when property.Instance == reference:
            case IFieldReferenceOperation field when field.Instance == reference:
                return Currencies.None;
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                return assignment.IsRef ? null : Value(assignment.Value, 0, FlowMode.Exact, cancellationToken);
            case ICompoundAssignmentOperation compound when compound.Target == reference && _types.IsMoney(reference.Type):
                // Money's += and -= throw unless the currencies agree, *= and /= scale: the currency stays
                return Currencies.None;
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                return Value(coalesce.Value, 0, FlowMode.Exact, cancellationToken);
            case ITupleOperation tuple:
                return DeconstructedValue(tuple, reference, cancellationToken);
            case IBinaryOperation or IConversionOperation or IReturnOperation or IVariableInitializerOperation or IInterpolationOperation:
                return Currencies.None;
            default:
                return null;
        }
    }

    /// <summary>
    /// The currency an <c>out</c> argument receives: an element, from <c>TryGetValue</c>, a dictionary's
    /// <c>Remove(key, out value)</c> (the values of the key, for a constant key), <c>TryPop</c>, <c>TryDequeue</c>,
    /// <c>TryPeek</c>; a concurrent dictionary's <c>TryGetValue</c> and <c>TryRemove</c>, a concurrent bag's, queue's or
    /// stack's <c>TryTake</c>, <c>TryDequeue</c>, <c>TryPop</c>, <c>TryPeek</c>. The key is taken by its
    /// parameter's name.
    /// </summary>
    private string? OutValue(IArgumentOperation argument, CancellationToken cancellationToken)
    {
        if (argument.Parameter is { } own && own.ContainingSymbol is IMethodSymbol { DeclaringSyntaxReferences.IsEmpty: false })
        {
            // a method of the compilation: what every write of its out parameter states
            return Read(OutValues.Get(own.OriginalDefinition, cancellationToken)) ?? OutFromArgument(argument, own, cancellationToken);
        }

        if (argument.Parent is not IInvocationOperation { TargetMethod: { } method, Instance: { } collection } invocation || !GivesElementOut(method))
        {
            return null;
        }

        string? whole = ElementsOf(collection, 0, cancellationToken).Code;
        return argument.Parameter?.Name == "value" && ArgumentNamed(invocation, "key") is { } key
            ? KeyedValue(collection, key, whole, cancellationToken)
            : whole;
    }

    /// <summary>A collection's method that gives one of its elements through an <c>out</c> parameter (<c>TryGetValue</c>, <c>TryPop</c>, a
    /// concurrent collection's <c>TryTake</c>, an immutable or frozen dictionary's <c>TryGetValue</c> (not a set's), an immutable
    /// stack's <c>Pop(out value)</c> and queue's <c>Dequeue(out value)</c>…).</summary>
    private static bool GivesElementOut(IMethodSymbol method) =>
        method.Name == "TryGetValue" && !IsDictionary(method.ContainingType)
            // a set's TryGetValue gives the value searched for, or a default one, when the set has no equal element
            ? false
        : CallSource.IsCollectionsGeneric(method.ContainingType)
            ? method.Name is "TryGetValue" or "TryPop" or "TryDequeue" or "TryPeek" or "Remove"
            : IsConcurrent(method.ContainingType) ? method.Name is "TryGetValue" or "TryRemove" or "TryTake" or "TryDequeue" or "TryPop" or "TryPeek"
            : CallSource.IsImmutable(method.ContainingType)
                && (method.Name == "TryGetValue" || method.Name is "Pop" or "Dequeue" && method.Parameters.Length == 1 && method.Parameters[0].RefKind == RefKind.Out);

    /// <summary>
    /// The currency an <c>out</c> parameter of a method of the compilation leaves with: its annotation, else the one every
    /// write of it in the method's body states (assignments, and <c>out</c> arguments passed on); unknown for a method the
    /// flow cannot follow (virtual, abstract, partial, an interface's), a body that never writes it, or one that takes it by
    /// reference. A lambda or local function cannot capture it, so the body is all the code that can write it.
    /// </summary>
    private string? ComputeOutValue(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (Declared(parameter) is { } declared)
        {
            return declared;
        }

        if (parameter.ContainingSymbol is not IMethodSymbol method || !CanFollowBody(method) || !_search.IsOwn(method) || BodyOf(method, cancellationToken) is not { } body)
        {
            return null;
        }

        return Currencies.Known(WritesIn(body, parameter, _search.ModelOf(body.SyntaxTree), cancellationToken));
    }

    /// <summary>
    /// The currency written into one target of a deconstruction <c>(a, b) = (x, y)</c>; <see cref="Currencies.None"/>
    /// when the reference is an element of the tuple being deconstructed (a read), null for a nested target.
    /// </summary>
    private string? DeconstructedValue(ITupleOperation tuple, IOperation reference, CancellationToken cancellationToken)
    {
        IOperation outer = tuple;
        while (outer.Parent is ITupleOperation enclosing)
        {
            outer = enclosing;
        }

        if (outer.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == outer)
        {
            int index = tuple.Elements.IndexOf(reference);
            return outer == tuple && index >= 0 ? Deconstructed(deconstruction, index, 0, cancellationToken) : null;
        }

        // an element of a tuple that is read: (a, a) on the right of a deconstruction, a tuple argument
        return outer.Parent is IForEachLoopOperation ? null : Currencies.None;
    }

    /// <summary>Variable <paramref name="index"/> of a deconstruction: an element of a tuple, or of a record deconstructed by
    /// its compiler-made <c>Deconstruct</c> (<c>var (year, amount) = tranche</c>: as <c>tranche.Amount</c>).</summary>
    private string? Deconstructed(IDeconstructionAssignmentOperation deconstruction, int index, int depth, CancellationToken cancellationToken)
    {
        var target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
        var value = deconstruction.Value.SkipConversions() ?? deconstruction.Value;
        if (value.Type is INamedTypeSymbol { IsRecord: true } record && target is ITupleOperation tuple
            && PositionalProperty(record, index, tuple.Elements.Length) is { } positional)
        {
            return PositionalValue(value, positional, depth, cancellationToken);
        }

        if (value.Type is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } && target is ITupleOperation { Elements.Length: 2 })
        {
            // var (key, amount) = caps.First(): the pair's value
            return index == 1 ? Value(value, depth + 1, FlowMode.Exact, cancellationToken) : null;
        }

        return ElementOfTuple(deconstruction.Value, index, depth, FlowMode.Exact, cancellationToken);
    }

    /// <summary>
    /// A record's positional property read by its deconstruction (<c>var (year, amount) = tranche</c>, <c>tranche is (_,
    /// var amount)</c>): what the record's creation gave it, else what every write of the property gives it (not after a
    /// currency filter), else that property of every element of the collection it is read from (not after a filter).
    /// </summary>
    private string? PositionalValue(IOperation value, IPropertySymbol positional, int depth, CancellationToken cancellationToken) =>
        // var (year, amount) = plan[^1]: that property of every element of the collection, when it is read from one
        CreatedValue(value, positional, depth + 1, FlowMode.Exact, cancellationToken)
            ?? (CurrencyFiltered(value, cancellationToken) ? null : MemberValue(positional, cancellationToken))
            ?? (CollectionOfElement(value) is { } collection && !Filtered(collection)
                ? Currencies.Known(ElementsOf(collection, depth + 1, cancellationToken, Projection(positional)).Code)
                : null);

    /// <summary>The positional property a record's compiler-made <c>Deconstruct</c> of <paramref name="arity"/> out
    /// parameters gives as its parameter <paramref name="index"/> (a deconstruction of that arity calls it: an instance
    /// method wins over extension methods); else null.</summary>
    private static IPropertySymbol? PositionalProperty(INamedTypeSymbol record, int index, int arity)
    {
        foreach (var candidate in record.GetMembers("Deconstruct"))
        {
            if (candidate is IMethodSymbol { IsImplicitlyDeclared: true } deconstruct && deconstruct.Parameters.Length == arity && index < arity)
            {
                // the compiler-made Deconstruct reads the property of the parameter's name, which a derived record
                // inherits from its base when it passes the parameter on
                for (var type = record; type is not null; type = type.BaseType)
                {
                    foreach (var member in type.GetMembers(deconstruct.Parameters[index].Name))
                    {
                        if (member is IPropertySymbol property && Annotations.PositionalParameter(property) is not null)
                        {
                            return property;
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The currency of element <paramref name="index"/> of a tuple-valued expression (or a Money deconstructed into amount and currency).</summary>
    private string? ElementOfTuple(IOperation value, int index, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        value = value.SkipConversions()!;
        if (value is ITupleOperation tuple)
        {
            return index < tuple.Elements.Length ? Value(tuple.Elements[index], depth + 1, mode, cancellationToken) : null;
        }

        if (_types.IsMoney(value.Type))
        {
            // var (amount, currency) = money;
            return index == 1 ? Value(value, depth + 1, mode, cancellationToken) : null;
        }

        if (value is IInvocationOperation elementCall && SourceOf(elementCall.TargetMethod).Kind == CallSourceKind.Element && SourceArgument(elementCall) is { } source)
        {
            if (elementCall.TargetMethod.Name == "GetValueOrDefault" && ArgumentNamed(elementCall, "key") is { } byKey && ArgumentNamed(elementCall, "defaultValue") is null
                && KeyedTupleElement(source, byKey, index, cancellationToken) is { } keyedDefault)
            {
                // bands.GetValueOrDefault("uk").High: that element of the tuples written with the constant key
                return keyedDefault;
            }

            // caps.First().Cap, caps.Find(…).Cap: a tuple of the collection, or the default one the call is given
            string? code = TupleElementsOf(source, index, depth + 1, cancellationToken).Code;
            foreach (var argument in elementCall.Arguments)
            {
                if (argument.Value != source && argument.Value.Type is { IsTupleType: true })
                {
                    code = Currencies.Join(code, ElementOfTuple(argument.Value, index, depth + 1, mode, cancellationToken));
                }
            }

            return Currencies.Known(code);
        }

        if (value is IInvocationOperation { TargetMethod: { ReturnType.IsTupleType: true } method })
        {
            var elements = MethodTuples.Get(method, cancellationToken);
            return index < elements.Length ? elements[index] : null;
        }

        var declaration = value is ILocalReferenceOperation { Local: { DeclaringSyntaxReferences: { Length: 1 } references } }
            ? references[0].GetSyntax(cancellationToken)
            : null;
        if (declaration is ForEachStatementSyntax && ForEachCollection(declaration, cancellationToken) is { } loopCollection)
        {
            // foreach (var pair in first.Zip(second)): a tuple of the sequence
            return TupleElementOfElements(loopCollection, index, depth + 1, mode, cancellationToken);
        }

        if (HoldingCollection(value, declaration, cancellationToken) is { } holder)
        {
            if (KeyOfRead(value, declaration, cancellationToken) is { } key && KeyedTupleElement(holder, key, index, cancellationToken) is { } keyed)
            {
                // bands["eu"].High, bands.TryGetValue("eu", out var eu) … eu.High: that element of the tuples written with the
                // constant key
                return keyed;
            }

            // an element of the tuples a collection holds: caps[0].Cap, bands.TryGetValue(region, out var band) … band.Low,
            // foreach (var (region, band) in bands) … band.Low, foreach (var pair in bands) … pair.Value.Low
            return Currencies.Known(TupleElementsOf(holder, index, depth + 1, cancellationToken).Code);
        }

        if (value is IFieldReferenceOperation { Instance: { } outer, Field: { ContainingType.IsTupleType: true } field } && depth < MaxDepth)
        {
            // entry.Band.Low, with entry a tuple whose element Band is a tuple: the element of the tuple written there,
            // or of every tuple a method returns (var r = Get(); r.Budget.Cap)
            return OuterTupleElement(outer, field, depth, mode, cancellationToken) is { } inner
                ? ElementOfTuple(inner, index, depth + 1, mode, cancellationToken)
                : NestedInReturns(outer, field, index, depth, mode, cancellationToken);
        }

        if (value is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation && depth < MaxDepth)
        {
            var single = ValueFlow.SingleValue(value, null, _singleValues, mode, cancellationToken);
            return single is null ? null : ElementOfTuple(single, index, depth + 1, mode, cancellationToken);
        }

        if (value is IParameterReferenceOperation parameter)
        {
            // pairs.ToDictionary(p => p.i, p => p.m): an element of the tuples of the lambda's source
            return TupleParameterElement(parameter, index, depth, mode, cancellationToken);
        }

        return null;
    }

    /// <summary>Element <paramref name="index"/> of the tuple values a dictionary holds under a constant key, when the
    /// values written with that key agree on it (<see cref="KeyedValue"/>); else null.</summary>
    private string? KeyedTupleElement(IOperation dictionary, IOperation key, int index, CancellationToken cancellationToken) =>
        IsDictionary(dictionary.SkipConversions()?.Type)
        && ValueTypeOf(dictionary.SkipConversions()?.Type) is INamedTypeSymbol { IsTupleType: true } tuple && index < tuple.TupleElements.Length && index < 7
        && tuple.TupleElements[index].CorrespondingTupleField is { } field
            ? KeyedValue(dictionary.SkipConversions()!, key, null, cancellationToken, field.OriginalDefinition)
            : null;

    /// <summary>The key a dictionary's value is read with: an indexer's argument (<c>bands["eu"]</c>), or the key of the
    /// <c>TryGetValue</c> whose <c>out var</c> declares the local (<paramref name="declaration"/>); else null.</summary>
    private IOperation? KeyOfRead(IOperation value, SyntaxNode? declaration, CancellationToken cancellationToken)
    {
        if (value is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer)
        {
            return indexer.Arguments[0].Value;
        }

        return declaration is SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: ArgumentSyntax argument } }
            && _search.ModelOf(argument.SyntaxTree).GetOperation(argument, cancellationToken) is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "TryGetValue" } call }
            ? ArgumentNamed(call, "key")
            : null;
    }

    /// <summary>
    /// The collection one of whose tuples a value is: an element read by an indexer (from the end too) or of an array;
    /// a local an <c>out var</c> took from the collection; a dictionary's value in a <c>foreach</c> over it, deconstructed
    /// from each pair or read as a pair's <c>Value</c>. <paramref name="declaration"/> is the syntax that declares the
    /// value's local, if it is one. Null for anything else.
    /// </summary>
    private IOperation? HoldingCollection(IOperation value, SyntaxNode? declaration, CancellationToken cancellationToken)
    {
        switch (value)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance }:
                return instance;
            case IArrayElementReferenceOperation { Indices.Length: 1 } element:
                return element.ArrayReference;
            case IImplicitIndexerReferenceOperation { IndexerSymbol: IPropertySymbol { IsIndexer: true } } fromEnd:
                return fromEnd.Instance;
            case IPropertyReferenceOperation { Property: { Name: "Value", ContainingType.Name: "KeyValuePair" }, Instance: ILocalReferenceOperation { Local.DeclaringSyntaxReferences: { Length: 1 } pairReferences } }:
                return DictionaryOrNull(ForEachCollection(pairReferences[0].GetSyntax(cancellationToken), cancellationToken));
            case ILocalReferenceOperation { Local: var local } when declaration is SingleVariableDesignationSyntax single:
                return single.Parent switch
                {
                    DeclarationExpressionSyntax { Parent: ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword } argument } =>
                        OutOfCollection(local, single, argument, cancellationToken),
                    ParenthesizedVariableDesignationSyntax { Variables.Count: 2 } designation when designation.Variables[1] == single
                        && (designation.Parent as ForEachVariableStatementSyntax ?? (designation.Parent as DeclarationExpressionSyntax)?.Parent as ForEachVariableStatementSyntax) is { } loop =>
                        DictionaryOrNull((_search.ModelOf(loop.SyntaxTree).GetOperation(loop, cancellationToken) as IForEachLoopOperation)?.Collection),
                    _ => null,
                };
            default:
                return null;
        }

        static IOperation? DictionaryOrNull(IOperation? collection) => IsDictionary(collection.SkipConversions()?.Type) ? collection : null;
    }

    /// <summary>
    /// The collection an <c>out var</c> local takes an element from (<see cref="GivesElementOut"/>), when nothing writes the
    /// local afterwards (a field of a tuple local set counts); else null.
    /// </summary>
    private IOperation? OutOfCollection(ILocalSymbol local, SingleVariableDesignationSyntax designation, ArgumentSyntax argument, CancellationToken cancellationToken)
    {
        if (local.IsRef)
        {
            return null;
        }

        var model = _search.ModelOf(argument.SyntaxTree);
        if (model.GetOperation(argument, cancellationToken) is not IArgumentOperation
            {
                Parameter.Name: "value" or "result" or "item",
                Parent: IInvocationOperation { TargetMethod: { } method, Instance: { } collection },
            }
            || !GivesElementOut(method))
        {
            return null;
        }

        return ScopeOf(designation) is { } scope && !AiRace.Analyzers.LocalWrites.MayBeWrittenIn(local, scope, null, model, cancellationToken) ? collection : null;
    }

    /// <summary>The collection a <c>foreach</c> statement (one whose variable is not deconstructed) runs over, or null for any other declaration.</summary>
    private IOperation? ForEachCollection(SyntaxNode? declaration, CancellationToken cancellationToken) =>
        declaration is ForEachStatementSyntax loop && _search.ModelOf(loop.SyntaxTree).GetOperation(loop, cancellationToken) is IForEachLoopOperation forEach
            ? forEach.Collection
            : null;

    /// <summary>
    /// The currency the creation of an object gave one of its properties that cannot be written afterwards (get-only
    /// or <c>init</c>): the object created right there, by a local holding it, or by every return of a method of the
    /// compilation (<c>Wuhan().Capex</c>). Null when the creation is not seen or does not set it.
    /// </summary>
    private string? CreatedValue(IOperation instance, IPropertySymbol property, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth || property.IsStatic || property.SetMethod is { IsInitOnly: false })
        {
            return null;
        }

        if (property.SetMethod is not null && Annotations.PositionalParameter(property) is null && !IsAutoProperty(property, cancellationToken)
            || MayBeFilledMember(property, cancellationToken))
        {
            // an init accessor that writes a field of its own: the type's methods may change that field later; a
            // deserializer or reflection may set the property after the creation
            return null;
        }

        var value = instance.SkipConversions();
        if (value is ILocalReferenceOperation)
        {
            value = ValueFlow.SingleValue(value, null, _singleValues, mode, cancellationToken)?.SkipConversions();
        }

        switch (value)
        {
            case IObjectCreationOperation creation:
                return FromCreation(creation, property, depth + 1, mode, cancellationToken);

            case IWithOperation { Type: INamedTypeSymbol copied } copy when CopiesAsDeclared(copied):
                // original with { Signed = … }: what the copy's initializer gives the property, else what the original holds
                if (!SetsOnlyPlainMembers(copy.Initializer, cancellationToken))
                {
                    return null;
                }

                foreach (var item in copy.Initializer.Initializers)
                {
                    if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                        && SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition, property.OriginalDefinition))
                    {
                        return Value(assignment.Value, depth + 1, mode, cancellationToken);
                    }
                }

                return ReceiverMemberValue(copy.Operand, property, depth + 1, mode, cancellationToken);

            case IInvocationOperation copying when MayCopyItself(copying) && ThisCopyValue(copying, property, depth + 1, mode, cancellationToken) is { } copied:
                return copied;

            case IInvocationOperation { TargetMethod: { } method }
                when !_types.CarriesCurrency(method.ReturnType) && CanFollowBody(method.OriginalDefinition) && _search.IsOwn(method.OriginalDefinition)
                    && BodyOf(method.OriginalDefinition, cancellationToken) is { } body:
                string? code = Currencies.None;
                foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
                {
                    if (returned?.SkipConversions() is not IObjectCreationOperation returnedCreation)
                    {
                        return null;
                    }

                    code = Currencies.Join(code, FromCreation(returnedCreation, property, depth + 1, mode, cancellationToken));
                    if (code is null)
                    {
                        return null;
                    }
                }

                return Currencies.Known(code);

            default:
                return null;
        }
    }

    /// <summary>
    /// Whether a sealed record (or a record struct) copies its members as the compiler does (no copy constructor of its
    /// own), so a <c>with</c> copy holds what the original holds except what its initializer sets.
    /// </summary>
    private static bool CopiesAsDeclared(INamedTypeSymbol record)
    {
        if (!record.IsRecord || !record.IsSealed && record.TypeKind != TypeKind.Struct)
        {
            return false;
        }

        foreach (var constructor in record.InstanceConstructors)
        {
            if (constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, record) && !constructor.IsImplicitlyDeclared)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an override is the code that runs for every read bound to it: sealed, or of a sealed type (a read through
    /// the base type binds to the base's member and stays unknown). Only a get-only one: a write through the base type's
    /// setter would not be found among its writes.
    /// </summary>
    private static bool IsFinalOverride(IPropertySymbol property) =>
        property.IsOverride && property.SetMethod is null && (property.IsSealed || property.ContainingType is { IsSealed: true });

    /// <summary>
    /// The primary-constructor parameter of its own class or struct a get-only auto-property is initialised from
    /// (<c>public Money Held { get; } = held;</c>), when neither the property nor the parameter is written anywhere; else null.
    /// </summary>
    private IParameterSymbol? InitialisingParameter(IPropertySymbol property, CancellationToken cancellationToken)
    {
        if (property.SetMethod is not null || property.IsStatic || !IsAutoProperty(property, cancellationToken)
            || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax { Initializer: { } initializer }
            || _search.ModelOf(initializer.SyntaxTree).GetOperation(initializer.Value, cancellationToken).SkipImplicitConversions() is not IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter }
            || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, property.ContainingType) || !IsPrimaryConstructor(constructor, cancellationToken)
            || !NeverWritten(property, cancellationToken) || !NeverWritten(parameter, cancellationToken))
        {
            return null;
        }

        return parameter;
    }

    /// <summary>Whether no position of the compilation may write a member or parameter (no assignment, <c>ref</c> or <c>out</c> use).</summary>
    private bool NeverWritten(ISymbol member, CancellationToken cancellationToken)
    {
        var sites = WriteSitesOf(member, cancellationToken);
        if (sites is null)
        {
            return false;
        }

        foreach (var (_, written) in sites)
        {
            if (SymbolEqualityComparer.Default.Equals(written, member))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What an object creation gives a property: its object initializer's assignment, a record's positional argument, or
    /// the argument for the primary-constructor parameter a get-only auto-property is initialised from.
    /// </summary>
    private string? FromCreation(IObjectCreationOperation creation, IPropertySymbol property, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var definition = property.OriginalDefinition;
        if (creation.Initializer is { } initializer)
        {
            if (!SetsOnlyPlainMembers(initializer, cancellationToken))
            {
                return null;
            }

            foreach (var item in initializer.Initializers)
            {
                if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition, definition))
                {
                    return Value(assignment.Value, depth, mode, cancellationToken);
                }
            }
        }

        if (Annotations.PositionalParameter(definition) is { } parameter && creation.Constructor is { } constructor
            && SymbolEqualityComparer.Default.Equals(constructor.OriginalDefinition, parameter.ContainingSymbol))
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return Value(argument.Value, depth, mode, cancellationToken);
                }
            }
        }

        if (Annotations.PositionalParameter(definition) is { } inherited && creation.Constructor is { } derived
            && PassedToBase(derived, inherited, cancellationToken) is { } passed)
        {
            // new India(2024, rupees) of record India(int Year, Money Amount) : Tranche(Year, Amount): the derived
            // record's parameter its primary constructor passes on for the base's positional property
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Ordinal == passed.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return Value(argument.Value, depth, mode, cancellationToken);
                }
            }
        }

        if (creation.Constructor is { } primary && InitialisingParameter(definition, cancellationToken) is { } initialising
            && SymbolEqualityComparer.Default.Equals(primary.OriginalDefinition, initialising.ContainingSymbol))
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Ordinal == initialising.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return Value(argument.Value, depth, mode, cancellationToken);
                }
            }
        }

        return null;
    }

    /// <summary>The parameter of a derived record's primary constructor that it passes, as it is, to its direct base
    /// record's primary constructor for <paramref name="baseParameter"/> (<c>record India(int Year, Money Amount) :
    /// Tranche(Year, Amount)</c>: <c>Amount</c>); else null.</summary>
    private static IParameterSymbol? PassedToBase(IMethodSymbol constructor, IParameterSymbol baseParameter, CancellationToken cancellationToken)
    {
        if (constructor.DeclaringSyntaxReferences.Length != 1
            || constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not TypeDeclarationSyntax { BaseList.Types: { Count: > 0 } types }
            || types[0] is not PrimaryConstructorBaseTypeSyntax { ArgumentList.Arguments: var arguments }
            || baseParameter.ContainingSymbol is not IMethodSymbol { ContainingType: { } baseType }
            || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType.BaseType?.OriginalDefinition, baseType.OriginalDefinition)
            || baseParameter.Ordinal >= arguments.Count)
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (argument.NameColon is not null || argument.RefKindKeyword.RawKind != 0)
            {
                return null;
            }
        }

        if (arguments[baseParameter.Ordinal].Expression is not IdentifierNameSyntax { Identifier.ValueText: var name })
        {
            return null;
        }

        foreach (var parameter in constructor.Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>
    /// The expression a tuple literal gives element <paramref name="field"/> of a tuple, when the tuple is that literal or
    /// a local, field or property that always holds it; else null.
    /// </summary>
    private IOperation? OuterTupleElement(IOperation tuple, IFieldSymbol field, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        int position = TupleIndex(field.CorrespondingTupleField ?? field);
        return position >= 0 && depth < MaxDepth && Held(tuple, mode, cancellationToken) is ITupleOperation literal && position < literal.Elements.Length
            ? literal.Elements[position]
            : null;
    }

    /// <summary>
    /// Element <paramref name="index"/> of the tuple held in element <paramref name="field"/> of every tuple a method of the
    /// compilation returns (<c>Get().Budget.Cap</c>), when each return is a tuple literal; null otherwise.
    /// </summary>
    private string? NestedInReturns(IOperation tuple, IFieldSymbol field, int index, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        int position = TupleIndex(field.CorrespondingTupleField ?? field);
        if (position < 0 || Held(tuple, mode, cancellationToken) is not IInvocationOperation { TargetMethod: { ReturnType.IsTupleType: true } called }
            || !CanFollowBody(called.OriginalDefinition) || !_search.IsOwn(called.OriginalDefinition)
            || BodyOf(called.OriginalDefinition, cancellationToken) is not { } body)
        {
            return null;
        }

        var literals = new List<ITupleOperation>();
        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
        {
            if (returned is null || !AddTupleLiterals(returned, literals, 0))
            {
                return null;
            }
        }

        string? code = Currencies.None;
        foreach (var literal in literals)
        {
            code = position < literal.Elements.Length ? Currencies.Join(code, ElementOfTuple(literal.Elements[position], index, depth + 1, mode, cancellationToken)) : null;
            if (code is null)
            {
                return null;
            }
        }

        return Currencies.Known(code);
    }

    /// <summary>Adds the tuple literals a value is, through the arms of conditional and switch expressions; false for any other value.</summary>
    private static bool AddTupleLiterals(IOperation value, List<ITupleOperation> literals, int depth)
    {
        switch (value.SkipConversions())
        {
            case ITupleOperation literal:
                literals.Add(literal);
                return true;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional when depth < MaxDepth:
                return AddTupleLiterals(conditional.WhenTrue, literals, depth + 1) && AddTupleLiterals(whenFalse, literals, depth + 1);
            case ISwitchExpressionOperation switchExpression when depth < MaxDepth:
                foreach (var arm in switchExpression.Arms)
                {
                    if (!AddTupleLiterals(arm.Value, literals, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// What an expression stands for: the expression itself (without conversions), or the value a local, or a field or
    /// property of this compilation, always holds; null when it may hold another.
    /// </summary>
    private IOperation? Held(IOperation value, FlowMode mode, CancellationToken cancellationToken)
    {
        value = value.SkipConversions()!;
        return value is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
            ? ValueFlow.HeldValue(value, _singleValues, _search.OwnModelOf, mode, cancellationToken)?.SkipConversions()
            : value;
    }

    /// <summary><c>t.Item2</c>, <c>t.Amount</c>: an element of a tuple value.</summary>
    private string? TupleElement(IOperation tuple, IFieldSymbol element, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        string? name = element.CorrespondingTupleField?.Name;
        if (name is null || !name.StartsWith("Item", System.StringComparison.Ordinal) || !int.TryParse(name.Substring(4), out int position) || position is < 1 or > 7)
        {
            return null;
        }

        return ElementOfTuple(tuple, position - 1, depth, mode, cancellationToken);
    }

    private string? ComputeMethodReturn(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (Declared(method) is { } declared)
        {
            return declared;
        }

        if (!CanFollowBody(method) || !_search.IsOwn(method) || BodyOf(method, cancellationToken) is not { } body)
        {
            return null;
        }

        return BodyReturns(body.SyntaxTree, body, cancellationToken);
    }

    private string?[] ComputeMethodTuple(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (method.ReturnType is not INamedTypeSymbol { IsTupleType: true } tupleType || !CanFollowBody(method) || !_search.IsOwn(method) || BodyOf(method, cancellationToken) is not { } body)
        {
            return System.Array.Empty<string?>();
        }

        int count = tupleType.TupleElements.Length;
        var codes = new string?[count];
        for (int i = 0; i < count; i++)
        {
            codes[i] = Currencies.None;
        }

        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
        {
            for (int i = 0; i < count; i++)
            {
                codes[i] = returned is null ? null : Currencies.Join(codes[i], ElementOfTuple(returned, i, 0, FlowMode.Exact, cancellationToken));
            }
        }

        for (int i = 0; i < count; i++)
        {
            codes[i] = Currencies.Known(codes[i]);
        }

        return codes;
    }

    /// <summary>
    /// Whether a method's body is the only code that can run for its calls (not virtual, abstract, extern or partial; an
    /// override only when sealed or of a sealed type, since a call bound to it has a receiver of that type).
    /// </summary>
    private static bool CanFollowBody(IMethodSymbol method) =>
        !method.IsAbstract && !method.IsVirtual && !(method.IsOverride && !method.IsSealed && method.ContainingType is not { IsSealed: true }) && !method.IsExtern
        && method.ContainingType?.TypeKind != TypeKind.Interface && method.PartialImplementationPart is null
        && method.DeclaringSyntaxReferences.Length == 1;

    /// <summary>
    /// The operation of a method's own body, when the flow may follow it: the only code that can run for it
    /// (<see cref="CanFollowBody"/>), declared in this compilation; else null.
    /// </summary>
    private IOperation? OwnBodyOperation(IMethodSymbol method, CancellationToken cancellationToken) =>
        CanFollowBody(method) && _search.IsOwn(method) && BodyOf(method, cancellationToken) is { } body
            ? _search.ModelOf(body.SyntaxTree).GetOperation(body, cancellationToken)
            : null;

    /// <summary>The body (a block or an expression) of a method or local function.</summary>
    private static SyntaxNode? BodyOf(IMethodSymbol method, CancellationToken cancellationToken) =>
        method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            BaseMethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody?.Expression,
            LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression,
            AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody?.Expression,
            ArrowExpressionClauseSyntax arrow => arrow.Expression,
            _ => null,
        };

    /// <summary>The currency every return of a body states.</summary>
    private string? BodyReturns(SyntaxTree tree, SyntaxNode body, CancellationToken cancellationToken)
    {
        string? code = Currencies.None;
        foreach (var returned in ReturnedValues(tree, body, cancellationToken))
        {
            code = returned is null ? null : Currencies.Join(code, Value(returned, 0, FlowMode.Exact, cancellationToken));
            if (code is null)
            {
                return null;
            }
        }

        return code;
    }

    /// <summary>The values a body returns (null for a return whose value cannot be had), not those of lambdas and local functions inside it.</summary>
    private IEnumerable<IOperation?> ReturnedValues(SyntaxTree tree, SyntaxNode body, CancellationToken cancellationToken)
    {
        var operation = _search.ModelOf(tree).GetOperation(body, cancellationToken);
        if (operation is null)
        {
            yield return null;
            yield break;
        }

        if (body is ExpressionSyntax)
        {
            yield return operation;
            yield break;
        }

        var pending = new Stack<IOperation>();
        pending.Push(operation);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IReturnOperation { Kind: OperationKind.Return } returned)
            {
                yield return returned.ReturnedValue;
                continue;
            }

            foreach (var child in current.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private string? ComputeParameterValue(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (Declared(parameter) is { } declared)
        {
            return declared;
        }

        if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor && _search.IsOwn(constructor.ContainingType)
            && IsPrimaryConstructor(constructor, cancellationToken))
        {
            var arguments = ConstructorArguments.Get(constructor, cancellationToken);
            string? code = parameter.Ordinal < arguments.Length ? arguments[parameter.Ordinal] : null;
            if (code is not null && !constructor.ContainingType.IsRecord)
            {
                // a class's primary-constructor parameter is a variable its members may assign
                code = Currencies.Join(code, Writes(parameter, cancellationToken));
            }

            return code;
        }

        if (SetterOf(parameter, cancellationToken) is { } property)
        {
            // a property with a backing field: its setter's value holds what the property is declared with, else what its writes state
            return Declared(property) ?? Writes(property, cancellationToken);
        }

        return null;
    }

    /// <summary>
    /// The property whose setter (or <c>init</c> accessor) declares this implicit <c>value</c> parameter, when every write
    /// of that value is a write of the property this compilation can see: a plain property declared once in this
    /// compilation (not abstract, virtual, an override, an indexer or an interface's), that no interface property reaches
    /// (<see cref="SeenThroughInterface"/>: a write through the interface would not be found), not partial (a write binds to the defining
    /// part, the setter's <c>value</c> to the implementing one), of a type no deserializer or binder fills, and whose
    /// accessor never assigns <c>value</c>; else null.
    /// </summary>
    private IPropertySymbol? SetterOf(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (!parameter.IsImplicitlyDeclared || parameter.Ordinal != 0
            || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.PropertySet, AssociatedSymbol: IPropertySymbol property } setter
            || !property.Parameters.IsEmpty || property.IsAbstract || property.IsVirtual || property.IsOverride || property.IsExtern
            || property.ContainingType is not { TypeKind: not TypeKind.Interface } || property.DeclaringSyntaxReferences.Length != 1 || !_search.IsOwn(property)
            || setter.DeclaringSyntaxReferences is not { Length: 1 } accessors || IsPartial(property) || MayBeFilledMember(property, cancellationToken)
            || SeenThroughInterface(property, writes: false, cancellationToken))
        {
            return null;
        }

        var accessor = accessors[0].GetSyntax();
        foreach (var token in accessor.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == "value"
                && token.Parent is IdentifierNameSyntax identifier && WritePosition(identifier) is not null)
            {
                return null;
            }
        }

        return property;
    }

    /// <summary>Whether a property holds a value that can be set: it has a setter or <c>init</c>, is a record's positional
    /// property, or is an auto-property.</summary>
    private static bool IsStored(IPropertySymbol property, CancellationToken cancellationToken) =>
        property.SetMethod is not null || Annotations.PositionalParameter(property) is not null
        || property.DeclaringSyntaxReferences.Length == 1
            && property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax { AccessorList: { } accessors } && AllAuto(accessors);

    /// <summary>
    /// Whether every item of an object initializer (or a <c>with</c> copy's) sets a field, an auto-property or a record's
    /// positional property: a hand-written setter or indexer may write another member than its own
    /// (<c>In { init => Amount = new Money(Amount.Amount, value); }</c>), so what the items give a property is then not
    /// what the object holds.
    /// </summary>
    private static bool SetsOnlyPlainMembers(IObjectOrCollectionInitializerOperation initializer, CancellationToken cancellationToken)
    {
        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } set } }
                && (set.IsIndexer || Annotations.PositionalParameter(set.OriginalDefinition) is null && !IsAutoProperty(set.OriginalDefinition, cancellationToken)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a property is declared once with accessors that have no bodies (<c>{ get; init; }</c>).</summary>
    private static bool IsAutoProperty(IPropertySymbol property, CancellationToken cancellationToken) =>
        !IsPartial(property) && property.DeclaringSyntaxReferences.Length == 1
        && property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax { AccessorList: { } accessors } && AllAuto(accessors);

    /// <summary>A part of a partial property: its defining part's accessors, without bodies, do not say what it holds.</summary>
    private static bool IsPartial(IPropertySymbol property) => property.PartialImplementationPart is not null || property.PartialDefinitionPart is not null;

    /// <summary>
    /// Whether code can use the property through an interface: an interface of its type has a property of its name (static
    /// abstract ones included), the property implements one explicitly, or it implements one for a derived type that
    /// declares the interface. Such a use binds to the interface's member, so a search for the property's own uses does
    /// not find it. With <paramref name="writes"/>, only an interface property that can be set counts.
    /// </summary>
    private bool SeenThroughInterface(IPropertySymbol property, bool writes, CancellationToken cancellationToken)
    {
        if (ImplementedForDerivedType(property, writes, cancellationToken))
        {
            return true;
        }

        foreach (var implemented in property.ExplicitInterfaceImplementations)
        {
            if (!writes || implemented.SetMethod is not null)
            {
                return true;
            }
        }

        foreach (var contract in property.ContainingType?.AllInterfaces ?? ImmutableArray<INamedTypeSymbol>.Empty)
        {
            foreach (var member in contract.GetMembers(property.Name))
            {
                if (member is IPropertySymbol candidate && (!writes || candidate.SetMethod is not null))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a class's property implements an interface property for a type of the compilation derived from
    /// it (<c>class Plan : PlanBase, IPlan</c>); with <paramref name="writes"/>, one that can be set.</summary>
    private bool ImplementedForDerivedType(IPropertySymbol property, bool writes, CancellationToken cancellationToken)
    {
        if (property.ContainingType is not { TypeKind: TypeKind.Class, IsSealed: false, IsStatic: false })
        {
            return false;
        }

        var implemented = Volatile.Read(ref _implementedForDerived);
        if (implemented is null)
        {
            lock (_implementedLock)
            {
                implemented = _implementedForDerived;
                if (implemented is null)
                {
                    implemented = FindImplementedForDerived(cancellationToken);
                    Volatile.Write(ref _implementedForDerived, implemented);
                }
            }
        }

        return implemented.TryGetValue(property.OriginalDefinition, out bool settable) && (!writes || settable);
    }

    /// <summary>Every property of the compilation that a type derived from its own implements an interface property with,
    /// and whether one such interface property can be set.</summary>
    private Dictionary<IPropertySymbol, bool> FindImplementedForDerived(CancellationToken cancellationToken)
    {
        var implemented = new Dictionary<IPropertySymbol, bool>(SymbolEqualityComparer.Default);
        foreach (var type in OwnTypes(cancellationToken))
        {
            if (type.BaseType is not { } baseType || !SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, _search.Assembly))
            {
                continue;
            }

            foreach (var contract in type.AllInterfaces)
            {
                foreach (var member in contract.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false } demanded && type.FindImplementationForInterfaceMember(demanded) is IPropertySymbol implementation
                        && !SymbolEqualityComparer.Default.Equals(implementation.ContainingType, type))
                    {
                        var key = implementation.OriginalDefinition;
                        implemented[key] = demanded.SetMethod is not null || (implemented.TryGetValue(key, out bool settable) && settable);
                    }
                }
            }
        }

        return implemented;
    }

    private static bool IsPrimaryConstructor(IMethodSymbol constructor, CancellationToken cancellationToken) =>
        constructor.DeclaringSyntaxReferences.Length == 1
        && constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is TypeDeclarationSyntax { ParameterList: not null };

    /// <summary>
    /// The currency every construction in the compilation gives each parameter of a primary constructor (null where
    /// unknown): <c>new T(…)</c>, target-typed <c>new(…)</c>, <c>this(…)</c> in the type's other constructors, a
    /// derived record's <c>: T(…)</c>. All unknown when a type derives without passing the arguments in its base list.
    /// </summary>
    private string?[] ComputeConstructorArguments(IMethodSymbol constructor, CancellationToken cancellationToken)
    {
        var type = constructor.ContainingType;
        int count = constructor.Parameters.Length;
        if (MayBeFilled(type, cancellationToken))
        {
            // a deserializer may construct it with values read from a file
            return new string?[count];
        }

        var codes = new string?[count];
        for (int i = 0; i < count; i++)
        {
            codes[i] = _types.CarriesCurrency(constructor.Parameters[i].Type) ? Currencies.None : null;
        }

        var unknown = new string?[count];
        var all = _search.TreesThatCanWrite(constructor);
        foreach (var token in _search.Identifiers(type.Name, all, cancellationToken))
        {
            SyntaxNode? node = token.Parent;
            while (node?.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax)
            {
                node = node.Parent;
            }

            switch (node?.Parent)
            {
                case ObjectCreationExpressionSyntax creation when creation.Type == node:
                    AddSite(creation, constructor, codes, cancellationToken);
                    break;
                case PrimaryConstructorBaseTypeSyntax baseType when baseType.Type == node:
                    AddSite(baseType, constructor, codes, cancellationToken);
                    break;
                case SimpleBaseTypeSyntax { Parent.Parent: TypeDeclarationSyntax derived }
                    when _search.ModelOf(token.SyntaxTree!).GetDeclaredSymbol(derived, cancellationToken) is INamedTypeSymbol derivedType
                        && SymbolEqualityComparer.Default.Equals(derivedType.BaseType?.OriginalDefinition, type):
                    // a derived type that calls the constructor from its own constructors: not followed
                    return unknown;
            }
        }

        foreach (var creation in _search.TargetTypedCreationsOf(constructor, cancellationToken))
        {
            AddSite(creation, constructor, codes, cancellationToken);
        }

        foreach (var declaration in type.DeclaringSyntaxReferences)
        {
            if (declaration.GetSyntax(cancellationToken) is not TypeDeclarationSyntax typeDeclaration)
            {
                continue;
            }

            foreach (var member in typeDeclaration.Members)
            {
                if (member is ConstructorDeclarationSyntax { Initializer: { } initializer } && initializer.IsKind(SyntaxKind.ThisConstructorInitializer))
                {
                    AddSite(initializer, constructor, codes, cancellationToken);
                }
            }
        }

        return codes;
    }

    /// <summary>Joins what a construction site gives each parameter into <paramref name="codes"/> (a site of another constructor gives nothing).</summary>
    private void AddSite(SyntaxNode site, IMethodSymbol constructor, string?[] codes, CancellationToken cancellationToken)
    {
        var operation = _search.ModelOf(site.SyntaxTree).GetOperation(site, cancellationToken);
        var (called, arguments) = operation switch
        {
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            _ => (null, default),
        };

        if (called is null || !SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, constructor))
        {
            // another constructor of the type (it chains to this one through this(…), seen there), or another type
            if (operation is null && site is not ImplicitObjectCreationExpressionSyntax)
            {
                System.Array.Clear(codes, 0, codes.Length);
            }

            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } given && given.Ordinal < codes.Length && codes[given.Ordinal] is { } known)
            {
                codes[given.Ordinal] = Currencies.Join(known, Value(argument.Value, 0, FlowMode.Exact, cancellationToken));
            }
        }
    }
}
