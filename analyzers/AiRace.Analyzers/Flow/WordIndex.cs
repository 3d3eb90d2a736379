using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiRace.Analyzers;

/// <summary>
/// Which trees of a compilation's source text each word occurs in: every run of identifier characters that does not
/// continue a longer one. Reserved keywords are left out (they cannot name a member). It is read from the text once, in
/// one pass over every tree, and answers which trees mention a name and where: a search for a name scans only the
/// texts of the trees that hold it, and a name no tree holds costs one look-up. Occurrences in comments and strings are
/// included: the caller confirms each on the syntax token found there. An identifier spelled with a Unicode escape is
/// not a word of the text, so the trees whose text holds an escape are listed for the caller to search token by token.
/// </summary>
internal sealed class WordIndex
{
    private readonly bool[] _escaped;
    private readonly List<int> _treesWithEscapes = new();
    private int[] _buckets;
    private Word[] _words;
    private int _count;

    private WordIndex(int trees)
    {
        _escaped = new bool[trees];
        _buckets = new int[1024];
        _words = new Word[1024];
    }

    /// <summary>Reads every tree's text once.</summary>
    public static WordIndex Build(IReadOnlyList<SyntaxTree> trees, Func<SyntaxTree, string> textOf, CancellationToken cancellationToken)
    {
        var index = new WordIndex(trees.Count);
        for (int t = 0; t < trees.Count; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text = textOf(trees[t]);
            if (IdentifierScan.HasUnicodeEscape(text, 0, text.Length))
            {
                index._escaped[t] = true;
                index._treesWithEscapes.Add(t);
            }

            index.Add(t, text);
        }

        return index;
    }

    /// <summary>The occurrences of a word (null if it never occurs), in tree and offset order.</summary>
    /// <param name="word">The word.</param>
    /// <param name="textOf">The text of a tree, by its number: the same text the index was built from.</param>
    public Occurrences? Find(string word, Func<int, string> textOf)
    {
        int hash = Hash(word, 0, word.Length);
        for (int i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _words[i].Next)
        {
            var candidate = _words[i];
            if (candidate.Hash == hash && string.Equals(candidate.Text, word, StringComparison.Ordinal))
            {
                return candidate.Keyword ? null : candidate.FindIn(textOf);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text of a tree (by its number) holds a Unicode escape: an identifier there may be spelled with one,
    /// which the index, reading words of the text, does not see. Such a tree is searched token by token.
    /// </summary>
    public bool HasUnicodeEscape(int tree) => _escaped[tree];

    /// <summary>The numbers of the trees whose text holds a Unicode escape, in order.</summary>
    public IReadOnlyList<int> TreesWithUnicodeEscapes => _treesWithEscapes;

    private void Add(int tree, string text)
    {
        int length = text.Length;
        int at = 0;
        while (at < length)
        {
            if (!IdentifierScan.IsIdentifierChar(text[at]))
            {
                at++;
                continue;
            }

            // one word: hashed while it is read
            int start = at;
            uint hash = 2166136261;
            do
            {
                hash = (hash ^ text[at]) * 16777619;
                at++;
            }
            while (at < length && IdentifierScan.IsIdentifierChar(text[at]));

            // a word is a name only if it starts like one (not the digits of a number)
            if (!char.IsDigit(text[start]))
            {
                var word = Intern(text, start, at - start, Fold(hash));
                if (!word.Keyword && word.LastTree != tree)
                {
                    word.AddTree(tree);
                }
            }
        }
    }

    private Word Intern(string text, int start, int length, int hash)
    {
        ref int bucket = ref _buckets[hash & (_buckets.Length - 1)];
        for (int i = bucket - 1; i >= 0; i = _words[i].Next)
        {
            var candidate = _words[i];
            if (candidate.Hash == hash && candidate.Text.Length == length && string.CompareOrdinal(candidate.Text, 0, text, start, length) == 0)
            {
                return candidate;
            }
        }

        string value = text.Substring(start, length);
        var kind = SyntaxFacts.GetKeywordKind(value);
        var word = new Word(value, hash, SyntaxFacts.IsReservedKeyword(kind)) { Next = bucket - 1 };
        if (_count == _words.Length)
        {
            Array.Resize(ref _words, _words.Length * 2);
        }

        _words[_count] = word;
        bucket = ++_count;
        if (_count > _buckets.Length)
        {
            Rehash();
        }

        return word;
    }

    private void Rehash()
    {
        _buckets = new int[_buckets.Length * 2];
        for (int i = 0; i < _count; i++)
        {
            ref int bucket = ref _buckets[_words[i].Hash & (_buckets.Length - 1)];
            _words[i].Next = bucket - 1;
            bucket = i + 1;
        }
    }

    // FNV-1a over the characters, folded so that the low bits pick a bucket
    private static int Hash(string text, int start, int length)
    {
        uint hash = 2166136261;
        for (int i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619;
        }

        return Fold(hash);
    }

    private static int Fold(uint hash) => (int)(hash ^ (hash >> 15));

    private sealed class Word
    {
        private int[] _trees = Array.Empty<int>();
        private int _treeCount;

        public Word(string text, int hash, bool keyword)
        {
            Text = text;
            Hash = hash;
            Keyword = keyword;
        }

        public string Text { get; }

        public int Hash { get; }

        public bool Keyword { get; }

        public int Next { get; set; }

        /// <summary>The last tree the word was seen in (trees are read in order, so each is added once).</summary>
        public int LastTree { get; private set; } = -1;

        public void AddTree(int tree)
        {
            if (_treeCount == _trees.Length)
            {
                Array.Resize(ref _trees, Math.Max(4, _treeCount * 2));
            }

            _trees[_treeCount++] = tree;
            LastTree = tree;
        }

        /// <summary>Every occurrence of the word as a whole word in the texts of the trees that hold it.</summary>
        public Occurrences FindIn(Func<int, string> textOf)
        {
            var found = new Occurrences();
            for (int i = 0; i < _treeCount; i++)
            {
                int tree = _trees[i];
                string text = textOf(tree);
                int at = 0;
                while ((at = text.IndexOf(Text, at, StringComparison.Ordinal)) >= 0)
                {
                    int end = at + Text.Length;
                    if ((at == 0 || !IdentifierScan.IsIdentifierChar(text[at - 1])) && (end == text.Length || !IdentifierScan.IsIdentifierChar(text[end])))
                    {
                        found.Add(tree, at);
                    }

                    at = end;
                }
            }

            return found;
        }
    }

    /// <summary>The occurrences of one word: parallel lists of tree numbers and offsets, sorted by both.</summary>
    internal sealed class Occurrences
    {
        private int[] _trees = new int[4];
        private int[] _offsets = new int[4];

        /// <summary>How many there are.</summary>
        public int Count { get; private set; }

        /// <summary>The tree number of an occurrence.</summary>
        public int TreeAt(int i) => _trees[i];

        /// <summary>The offset of an occurrence in its tree's text.</summary>
        public int OffsetAt(int i) => _offsets[i];

        public void Add(int tree, int offset)
        {
            if (Count == _trees.Length)
            {
                Array.Resize(ref _trees, Count * 2);
                Array.Resize(ref _offsets, Count * 2);
            }

            _trees[Count] = tree;
            _offsets[Count] = offset;
            Count++;
        }
    }
}
