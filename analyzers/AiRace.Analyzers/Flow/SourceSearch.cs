using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Finds where a name is written in the compilation's sources, to gather every write of a member or every
/// construction of a type; each place the name's text is found is confirmed on the syntax token there. Members that only
/// their own type can write (private, readonly, get-only) are searched for in that type's files, by a scan of their
/// text. A name searched for in every tree is looked up in a <see cref="WordIndex"/> of the compilation's text, read
/// once on first such search, and its tokens are kept, so the members that share a name (each record's
/// <c>Amount</c>) share one search. Semantic models of other trees come from the compilation, which hands out the
/// analyzer driver's cached models.
/// </summary>
internal sealed class SourceSearch
{
    private readonly Compilation _compilation;
    private readonly SyntaxTree[] _trees;

    // the text of each tree whose source text does not hold one string (large files), made once
    private readonly ConcurrentDictionary<SyntaxTree, string> _texts = new();

    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly ConcurrentDictionary<string, SyntaxToken[]> _everywhere = new(StringComparer.Ordinal);
    private readonly object _indexLock = new();
    private readonly object _creationsLock = new();
    private WordIndex? _index;
    private List<ImplicitObjectCreationExpressionSyntax>? _targetTyped;
    private Dictionary<IMethodSymbol, List<ImplicitObjectCreationExpressionSyntax>>? _targetTypedByConstructor;
    private int _mayAnnotate;
    private int _mayInheritAnnotation;

    public SourceSearch(Compilation compilation)
    {
        _compilation = compilation;
        _trees = compilation.SyntaxTrees.ToArray();
    }

    /// <summary>The compilation's own assembly.</summary>
    public IAssemblySymbol Assembly => _compilation.Assembly;

    /// <summary>The type of this metadata name that the compilation sees (its own or a reference's), or null when none or
    /// more than one.</summary>
    public INamedTypeSymbol? TypeNamed(string metadataName) => _compilation.GetTypeByMetadataName(metadataName);

    /// <summary>
    /// Whether some source file may apply <c>[Currency(…)]</c> (worked out once): its text holds the word
    /// <c>CurrencyAttribute</c> (the attribute's full name, or a using alias of it), or the word <c>Currency</c> followed by
    /// <c>(</c> after any white space or comment, or a Unicode escape (a name spelled with one). False means no symbol of
    /// the compilation has an annotation of its own (one may still inherit an annotation from a member of a referenced
    /// assembly: see <see cref="MayInheritAnnotation"/>).
    /// </summary>
    public bool MayAnnotate
    {
        get
        {
            int state = Volatile.Read(ref _mayAnnotate);
            if (state == 0)
            {
                state = _trees.Any(tree => MayApplyAnnotation(TextOf(tree, CancellationToken.None))) ? 1 : 2;
                Volatile.Write(ref _mayAnnotate, state);
            }

            return state == 1;
        }
    }

    /// <summary>
    /// Whether a referenced assembly other than AiRace.Core itself references AiRace.Core (worked out once): only such an
    /// assembly can declare an annotated member that a member of this compilation overrides or implements.
    /// </summary>
    public bool MayInheritAnnotation
    {
        get
        {
            int state = Volatile.Read(ref _mayInheritAnnotation);
            if (state == 0)
            {
                state = _compilation.Assembly.Modules.Any(module => module.ReferencedAssemblySymbols.Any(ReferencesTheLibrary)) ? 1 : 2;
                Volatile.Write(ref _mayInheritAnnotation, state);
            }

            return state == 1;

            static bool ReferencesTheLibrary(IAssemblySymbol assembly) =>
                assembly.Name != KnownTypes.CoreAssemblyName
                && assembly.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == KnownTypes.CoreAssemblyName));
        }
    }

    /// <summary>Whether a source text may apply <c>[Currency(…)]</c>; see <see cref="MayAnnotate"/>.</summary>
    internal static bool MayApplyAnnotation(string text)
    {
        const string Word = "Currency";
        if (IdentifierScan.HasUnicodeEscape(text, 0, text.Length))
        {
            return true;
        }

        for (int at = 0; (at = text.IndexOf(Word, at, StringComparison.Ordinal)) >= 0; at += Word.Length)
        {
            if (at > 0 && IdentifierScan.IsIdentifierChar(text[at - 1]))
            {
                continue;
            }

            int after = at + Word.Length;
            if (string.CompareOrdinal(text, after, "Attribute", 0, "Attribute".Length) == 0)
            {
                after += "Attribute".Length;
                if (after == text.Length || !IdentifierScan.IsIdentifierChar(text[after]))
                {
                    return true;
                }

                continue;
            }

            while (after < text.Length && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            // "(" opens the arguments; "/" may open a comment before them.
            if (after < text.Length && text[after] is '(' or '/')
            {
                return true;
            }
        }

        return false;
    }

    private WordIndex Index(CancellationToken cancellationToken)
    {
        var index = Volatile.Read(ref _index);
        if (index is null)
        {
            lock (_indexLock)
            {
                index = _index ??= WordIndex.Build(_trees, tree => TextOf(tree, cancellationToken), cancellationToken);
            }
        }

        return index;
    }

    /// <summary>
    /// Whether every declaration of a symbol is in this compilation's trees. A symbol of a referenced project (a
    /// compilation reference in the IDE) has syntax in another compilation, whose trees no model of this one can bind.
    /// </summary>
    public bool IsOwn(ISymbol symbol)
    {
        var references = symbol.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return false;
        }

        foreach (var reference in references)
        {
            if (!_compilation.ContainsSyntaxTree(reference.SyntaxTree))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The semantic model of a tree of the compilation.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1030", Justification = "Facts about a member come from other trees (its writes, its constructions); the analyzer driver gives the compilation a caching semantic model provider, so these are the models it binds anyway.")]
    public SemanticModel ModelOf(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model))
        {
            model = _models.GetOrAdd(tree, _compilation.GetSemanticModel(tree));
        }

        return model;
    }

    /// <summary>The semantic model of a tree of the compilation; null for a tree of another compilation (a referenced project's, in the IDE).</summary>
    public SemanticModel? OwnModelOf(SyntaxTree tree) => _compilation.ContainsSyntaxTree(tree) ? ModelOf(tree) : null;

    /// <summary>Every tree of the compilation (the answer of <see cref="TreesThatCanWrite"/> for a member any file may write).</summary>
    public IEnumerable<SyntaxTree> EveryTree => _trees;

    /// <summary>Whether a set of trees given by this search is every tree of the compilation.</summary>
    public bool IsEveryTree(IEnumerable<SyntaxTree> trees) => ReferenceEquals(trees, _trees);

    /// <summary>The trees in which code that can write the member may be: its type's files, or every file.</summary>
    public IEnumerable<SyntaxTree> TreesThatCanWrite(ISymbol member)
    {
        // a parameter (of a primary constructor) is written only inside its type
        if (member is IParameterSymbol && member.ContainingType is { } parameterType)
        {
            return TreesOf(parameterType);
        }

        // a private symbol (the member, or a type around it) is written only inside the type that declares it
        for (var current = member; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility == Accessibility.Private && current.ContainingType is { } declaring)
            {
                return TreesOf(declaring);
            }
        }

        bool ownTypeOnly = member switch
        {
            IFieldSymbol field => field.IsReadOnly || field.IsConst,
            IPropertySymbol property => property.SetMethod is null || property.SetMethod.DeclaredAccessibility == Accessibility.Private,
            _ => false,
        };

        return ownTypeOnly && member.ContainingType is { } type ? TreesOf(type) : _trees;
    }

    /// <summary>
    /// The trees in which code that can reach a member (to read it, add to it, hand it on) may be: its type's files
    /// for a private member, else every file.
    /// </summary>
    public IEnumerable<SyntaxTree> TreesThatCanReach(ISymbol member)
    {
        for (var current = member; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility == Accessibility.Private && current.ContainingType is { } declaring)
            {
                return TreesOf(declaring);
            }
        }

        return _trees;
    }

    /// <summary>The trees that declare a type (several for a partial type).</summary>
    public static IEnumerable<SyntaxTree> TreesOf(INamedTypeSymbol type)
    {
        var references = type.DeclaringSyntaxReferences;
        if (references.Length == 1)
        {
            return new[] { references[0].SyntaxTree };
        }

        var trees = new List<SyntaxTree>(references.Length);
        foreach (var reference in references)
        {
            if (!trees.Contains(reference.SyntaxTree))
            {
                trees.Add(reference.SyntaxTree);
            }
        }

        return trees;
    }

    /// <summary>Every identifier token with this name in the trees (in code: not in comments or strings).</summary>
    public IEnumerable<SyntaxToken> Identifiers(string name, IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(trees, _trees))
        {
            return Everywhere(name, cancellationToken);
        }

        var found = new List<SyntaxToken>();
        foreach (var tree in trees)
        {
            AddIdentifiers(name, tree.GetRoot(cancellationToken), found, cancellationToken);
        }

        return found;
    }

    /// <summary>Every identifier token with this name inside a node.</summary>
    public IEnumerable<SyntaxToken> Identifiers(string name, SyntaxNode scope, CancellationToken cancellationToken)
    {
        var found = new List<SyntaxToken>();
        AddIdentifiers(name, scope, found, cancellationToken);
        return found;
    }

    // the tokens of a name in every tree, in tree order, found once per name from the word index; a tree whose text holds
    // a Unicode escape (which can spell the name) is searched token by token instead
    private SyntaxToken[] Everywhere(string name, CancellationToken cancellationToken)
    {
        if (_everywhere.TryGetValue(name, out var tokens))
        {
            return tokens;
        }

        var index = Index(cancellationToken);
        var escaped = index.TreesWithUnicodeEscapes;
        var found = new List<SyntaxToken>();
        int next = 0;
        if (index.Find(name, tree => TextOf(_trees[tree], cancellationToken)) is { } occurrences)
        {
            for (int i = 0; i < occurrences.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int tree = occurrences.TreeAt(i);
                for (; next < escaped.Count && escaped[next] <= tree; next++)
                {
                    AddIdentifiers(name, _trees[escaped[next]].GetRoot(cancellationToken), found, cancellationToken);
                }

                if (index.HasUnicodeEscape(tree))
                {
                    continue;
                }

                var token = _trees[tree].GetRoot(cancellationToken).FindToken(occurrences.OffsetAt(i));
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                {
                    found.Add(token);
                }
            }
        }

        for (; next < escaped.Count; next++)
        {
            AddIdentifiers(name, _trees[escaped[next]].GetRoot(cancellationToken), found, cancellationToken);
        }

        return _everywhere.GetOrAdd(name, found.ToArray());
    }

    // a scan of the scope's text for the name as a whole word, each hit confirmed on its token
    private void AddIdentifiers(string name, SyntaxNode scope, List<SyntaxToken> found, CancellationToken cancellationToken) =>
        IdentifierScan.Add(scope, name, TextOf(scope.SyntaxTree, cancellationToken), found, cancellationToken);

    /// <summary>Every target-typed <c>new(…)</c> of the compilation (found once, on first use).</summary>
    private IReadOnlyList<ImplicitObjectCreationExpressionSyntax> TargetTypedCreations(CancellationToken cancellationToken)
    {
        var found = Volatile.Read(ref _targetTyped);
        if (found is null)
        {
            var creations = new List<ImplicitObjectCreationExpressionSyntax>();
            foreach (var token in Keywords("new", cancellationToken))
            {
                if (token.Parent is ImplicitObjectCreationExpressionSyntax creation)
                {
                    creations.Add(creation);
                }
            }

            found = Interlocked.CompareExchange(ref _targetTyped, creations, null) ?? creations;
        }

        return found;
    }

    /// <summary>
    /// The target-typed <c>new(…)</c> of the compilation that call a constructor (its definition): every creation is
    /// bound once, on first use, and filed under the constructor it calls.
    /// </summary>
    public IReadOnlyList<ImplicitObjectCreationExpressionSyntax> TargetTypedCreationsOf(IMethodSymbol constructor, CancellationToken cancellationToken)
    {
        var byConstructor = Volatile.Read(ref _targetTypedByConstructor);
        if (byConstructor is null)
        {
            // one thread binds the creations; the others wait for its answer rather than bind them all again
            lock (_creationsLock)
            {
                byConstructor = _targetTypedByConstructor ??= FileByConstructor(cancellationToken);
            }
        }

        return byConstructor.TryGetValue(constructor.OriginalDefinition, out var found) ? found : Array.Empty<ImplicitObjectCreationExpressionSyntax>();
    }

    private Dictionary<IMethodSymbol, List<ImplicitObjectCreationExpressionSyntax>> FileByConstructor(CancellationToken cancellationToken)
    {
        var byConstructor = new Dictionary<IMethodSymbol, List<ImplicitObjectCreationExpressionSyntax>>(SymbolEqualityComparer.Default);
        foreach (var creation in TargetTypedCreations(cancellationToken))
        {
            if (ModelOf(creation.SyntaxTree).GetOperation(creation, cancellationToken) is IObjectCreationOperation { Constructor: { } called })
            {
                if (!byConstructor.TryGetValue(called.OriginalDefinition, out var list))
                {
                    byConstructor[called.OriginalDefinition] = list = new List<ImplicitObjectCreationExpressionSyntax>();
                }

                list.Add(creation);
            }
        }

        return byConstructor;
    }

    private IEnumerable<SyntaxToken> Keywords(string keyword, CancellationToken cancellationToken)
    {
        foreach (var tree in _trees)
        {
            string text = TextOf(tree, cancellationToken);
            int at = 0;
            while ((at = text.IndexOf(keyword, at, StringComparison.Ordinal)) >= 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int end = at + keyword.Length;
                if ((at == 0 || !IdentifierScan.IsIdentifierChar(text[at - 1])) && (end == text.Length || !IdentifierScan.IsIdentifierChar(text[end])))
                {
                    var token = tree.GetRoot(cancellationToken).FindToken(at);
                    if (token.Span.Start == at && token.Text == keyword)
                    {
                        yield return token;
                    }
                }

                at = end;
            }
        }
    }

    private string TextOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_texts.TryGetValue(tree, out var cached))
        {
            return cached;
        }

        // a source text read from one string gives that string back without a copy; others are kept once made
        var text = tree.GetText(cancellationToken);
        string whole = text.ToString();
        if (text.Length > 32 * 1024)
        {
            _texts.TryAdd(tree, whole);
        }

        return whole;
    }
}
