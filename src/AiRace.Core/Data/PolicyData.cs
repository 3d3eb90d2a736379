using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using AiRace.Core.Data.Reading;

namespace AiRace.Core.Data;

/// <summary>
/// Loads policy datasets: the one embedded in this library (every fact of the project's seed articles, each with its
/// source and exact quote) and users' own documents, validated against the same rules.
/// </summary>
/// <remarks>
/// <para>Loading is all or nothing: a document with any problem loads nothing, and the
/// <see cref="PolicyDataException"/> lists every problem at once, each with its JSON path, line, column and reason.
/// The rules: no unknown properties; unique ids (across every kind of fact); every reference resolves to an id of the
/// right kind; active ISO 4217 currency codes; ISO 3166-1/3166-2 codes for countries and subdivisions; no negative
/// amounts; shares within [0%, 100%]; no part larger than its whole (and included parts not adding up to more than
/// it); no goal year before its baseline year; at least one source, with a quote, for every fact.</para>
/// <para>The document format is described by the JSON Schema in <see cref="SchemaJson"/> (also shipped in the
/// package as <c>schemas/policy-dataset.schema.json</c>). All members are thread-safe.</para>
/// </remarks>
public static class PolicyData
{
    private const string DatasetResource = "AiRace.Core.policy-dataset.json";
    private const string SchemaResource = "AiRace.Core.policy-dataset.schema.json";

    /// <summary>The default limit on a document's size, in UTF-8 bytes (256 MiB): the same for a string, a stream, a
    /// file or bytes. <see cref="PolicyDataOptions.MaxDocumentBytes"/> sets another.</summary>
    public const long MaxDocumentBytes = 256L * 1024 * 1024;

    /// <summary>How many problems a report lists at most; <see cref="DataProblemList.TotalCount"/> counts the rest.</summary>
    public const int MaxListedProblems = 1000;

    private static readonly System.Text.Encoding StrictUtf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<PolicyDataset> EmbeddedDataset = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The dataset embedded in the library: every fact of the seed articles with its source.</summary>
    /// <exception cref="PolicyDataException">The embedded document is invalid (a build defect; tests guard it).</exception>
    public static PolicyDataset Embedded => EmbeddedDataset.Value;

    /// <summary>The JSON Schema (draft 2020-12) of the dataset format.</summary>
    public static string SchemaJson => ReadResourceText(SchemaResource);

    /// <summary>The embedded dataset's JSON text, exactly as shipped.</summary>
    public static string EmbeddedJson => ReadResourceText(DatasetResource);

    /// <summary>Loads a dataset document from a stream (UTF-8 JSON).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PolicyDataException">The document has problems; all are listed and nothing is loaded.</exception>
    public static PolicyDataset Load(Stream utf8Json) => Load(utf8Json, extending: null);

    /// <summary>Loads a dataset document that may refer to the ids of another dataset (usually
    /// <see cref="Embedded"/>), and returns the two merged.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="extending">The dataset it extends, or null for a standalone document.</param>
    /// <returns>The merged dataset (or the document's alone when <paramref name="extending"/> is null).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PolicyDataException">The document has problems, including ids that clash with
    /// <paramref name="extending"/>; all are listed and nothing is loaded.</exception>
    public static PolicyDataset Load(Stream utf8Json, PolicyDataset? extending) => Load(utf8Json, extending, PolicyDataOptions.Default);

    /// <summary>Loads a dataset document from a stream with the given options (such as a larger size limit).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="extending">The dataset it extends, or null for a standalone document.</param>
    /// <param name="options">The options; <see cref="PolicyDataOptions.MaxDocumentBytes"/> limits how much is read:
    /// a stream that tells its length is refused before anything is read, one that does not as soon as it passes the
    /// limit, so that no more than the limit is ever buffered.</param>
    /// <returns>The merged dataset (or the document's alone when <paramref name="extending"/> is null).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="PolicyDataException">The document is larger than the limit, or has problems; all are listed
    /// and nothing is loaded.</exception>
    public static PolicyDataset Load(Stream utf8Json, PolicyDataset? extending, PolicyDataOptions options)
    {
        Guard.NotNull(utf8Json);
        Guard.NotNull(options);
        return Load(ReadAll(utf8Json, options.MaxDocumentBytes), extending, options);
    }

    /// <summary>Loads a dataset document from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="extending">The dataset it extends, or null for a standalone document.</param>
    /// <param name="options">The options (such as a larger size limit), or null for <see cref="PolicyDataOptions.Default"/>;
    /// a file larger than the limit is refused before anything is read.</param>
    /// <returns>The dataset (merged with <paramref name="extending"/> when given).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or only white space.</exception>
    /// <exception cref="IOException">The file cannot be read: it does not exist, or reading fails.</exception>
    /// <exception cref="UnauthorizedAccessException">The path is a directory, or the process may not read the file.</exception>
    /// <exception cref="PolicyDataException">The document is larger than the limit, or has problems; all are listed
    /// and nothing is loaded.</exception>
    public static PolicyDataset LoadFile(string path, PolicyDataset? extending = null, PolicyDataOptions? options = null)
    {
        Guard.NotNull(path);
        using FileStream stream = File.OpenRead(path);
        return Load(stream, extending, options ?? PolicyDataOptions.Default);
    }

    /// <summary>Loads a dataset document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="extending">The dataset it extends, or null.</param>
    /// <param name="options">The options (such as a larger size limit), or null for <see cref="PolicyDataOptions.Default"/>.</param>
    /// <returns>The dataset (merged with <paramref name="extending"/> when given).</returns>
    /// <exception cref="PolicyDataException">The document is larger than the limit, or has problems; all are listed
    /// and nothing is loaded.</exception>
    public static PolicyDataset Load(ReadOnlySpan<byte> utf8Json, PolicyDataset? extending = null, PolicyDataOptions? options = null) =>
        TryLoad(utf8Json, extending, options, out PolicyDataset? dataset, out DataProblemList problems)
            ? dataset
            : throw new PolicyDataException(problems);

    /// <summary>Loads a dataset document from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="extending">The dataset it extends, or null.</param>
    /// <param name="options">The options (such as a larger size limit), or null for <see cref="PolicyDataOptions.Default"/>;
    /// the limit counts the text's UTF-8 bytes, and a text over it is refused before it is encoded.</param>
    /// <returns>The dataset (merged with <paramref name="extending"/> when given).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="PolicyDataException">The document is larger than the limit, or has problems; all are listed
    /// and nothing is loaded.</exception>
    public static PolicyDataset Parse(string json, PolicyDataset? extending = null, PolicyDataOptions? options = null)
    {
        Guard.NotNull(json);
        options ??= PolicyDataOptions.Default;
        return Load(Utf8Of(json, options.MaxDocumentBytes), extending, options);
    }

    /// <summary>Validates and loads a document without throwing for its problems.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="extending">The dataset it extends, or null.</param>
    /// <param name="dataset">The dataset when there are no problems (merged with <paramref name="extending"/>).</param>
    /// <param name="problems">Every problem, in document order; empty on success.</param>
    /// <returns>Whether the document loaded.</returns>
    public static bool TryLoad(ReadOnlySpan<byte> utf8Json, PolicyDataset? extending, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PolicyDataset? dataset, out DataProblemList problems) =>
        TryLoad(utf8Json, extending, null, out dataset, out problems);

    /// <summary>Validates and loads a document with the given options, without throwing for its problems.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="extending">The dataset it extends, or null.</param>
    /// <param name="options">The options (such as a larger size limit), or null for <see cref="PolicyDataOptions.Default"/>;
    /// a document over the limit has that one problem.</param>
    /// <param name="dataset">The dataset when there are no problems (merged with <paramref name="extending"/>).</param>
    /// <param name="problems">Every problem, in document order; empty on success.</param>
    /// <returns>Whether the document loaded.</returns>
    public static bool TryLoad(ReadOnlySpan<byte> utf8Json, PolicyDataset? extending, PolicyDataOptions? options, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PolicyDataset? dataset, out DataProblemList problems)
    {
        long limit = (options ?? PolicyDataOptions.Default).MaxDocumentBytes;
        PolicyDataset? loaded = null;
        if (utf8Json.Length > limit)
        {
            problems = new DataProblemList([SizeProblem(utf8Json.Length, limit)], 1);
        }
        else
        {
            loaded = PolicyDataReader.Read(utf8Json, extending, out problems);
        }

        dataset = loaded;
        return dataset is not null;
    }

    /// <summary>Validates a document and returns its problems (empty when it is valid).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="extending">The dataset it extends, or null.</param>
    /// <param name="options">The options (such as a larger size limit), or null for <see cref="PolicyDataOptions.Default"/>.</param>
    /// <returns>Every problem, in document order.</returns>
    public static DataProblemList Validate(ReadOnlySpan<byte> utf8Json, PolicyDataset? extending = null, PolicyDataOptions? options = null)
    {
        TryLoad(utf8Json, extending, options, out _, out DataProblemList problems);
        return problems;
    }

    /// <summary>Writes a dataset in the format <see cref="Load(Stream)"/> reads (UTF-8 JSON), so that a merged or
    /// extended dataset can be saved and loaded again without loss.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(PolicyDataset dataset, Stream utf8Json, bool indented = true)
    {
        Guard.NotNull(dataset);
        Guard.NotNull(utf8Json);
        PolicyDataWriter.Write(dataset, utf8Json, indented);
    }

    /// <summary>The dataset as a JSON string in the dataset format.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string ToJson(PolicyDataset dataset, bool indented = true)
    {
        Guard.NotNull(dataset);
        using var buffer = new MemoryStream();
        PolicyDataWriter.Write(dataset, buffer, indented);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static PolicyDataset LoadEmbedded()
    {
        using Stream stream = EmbeddedResource.Open(DatasetResource);
        return Load(stream);
    }

    /// <summary>Reads a stream whole, refusing it once it is past <paramref name="limit"/> bytes: a stream that tells
    /// its length is refused before anything is read, and one that does not is read in chunks no further than the
    /// limit, so that an oversized stream is never buffered whole.</summary>
    internal static byte[] ReadAll(Stream stream, long limit)
    {
        if (stream.CanSeek)
        {
            long remaining = stream.Length - stream.Position;
            CheckSize(remaining, limit, exact: true);
            byte[] exact = new byte[remaining];
            int read = ReadUpTo(stream, exact);
            if (read < exact.Length)
            {
                return exact[..read];
            }

            int next = stream.ReadByte();
            if (next < 0)
            {
                return exact;
            }

            // The stream goes on past the length it told: read the rest as a stream that does not tell its length.
            CheckSize(exact.Length + 1L, limit, exact: false);
            return [.. exact, (byte)next, .. ReadChunks(stream, limit, exact.Length + 1L)];
        }

        return ReadChunks(stream, limit);
    }

    private static byte[] ReadChunks(Stream stream, long limit, long alreadyRead = 0)
    {
        const int ChunkSize = 1024 * 1024;
        var chunks = new List<byte[]>();
        long total = alreadyRead;
        while (true)
        {
            byte[] chunk = new byte[(int)Math.Min(ChunkSize, limit + 1 - total)];
            int read = ReadUpTo(stream, chunk);
            total += read;
            CheckSize(total, limit, exact: false);
            if (read < chunk.Length)
            {
                chunks.Add(chunk[..read]);
                break;
            }

            chunks.Add(chunk);
        }

        byte[] all = new byte[total - alreadyRead];
        int at = 0;
        foreach (byte[] chunk in chunks)
        {
            chunk.CopyTo(all, at);
            at += chunk.Length;
        }

        return all;
    }

    private static int ReadUpTo(Stream stream, byte[] buffer)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            int n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read;
    }

    /// <summary>The UTF-8 bytes of a document given as text; a lone surrogate (which UTF-8 cannot encode) is a problem
    /// at its line and column, not a character silently replaced.</summary>
    internal static byte[] Utf8Of(string json, long limit)
    {
        try
        {
            int length;
            try
            {
                length = StrictUtf8.GetByteCount(json);
            }
            catch (ArgumentOutOfRangeException)
            {
                // More UTF-8 bytes than an int counts: far over any limit.
                throw new PolicyDataException([SizeProblem(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"more than {int.MaxValue:N0} bytes"), limit)]);
            }

            CheckSize(length, limit, exact: true);
            return StrictUtf8.GetBytes(json);
        }
        catch (System.Text.EncoderFallbackException ex)
        {
            int index = ex.Index;
            int line = 1, lineStart = 0;
            for (int k = 0; k < index; k++)
            {
                // A line ends at a line feed, a carriage return, or both together.
                if (json[k] == '\n' || (json[k] == '\r' && json[k + 1] != '\n'))
                {
                    line++;
                    lineStart = k + 1;
                }
            }

            throw new PolicyDataException([new DataProblem("$", line, index - lineStart + 1, FormattableString.Invariant($"The text has an unpaired surrogate (U+{(int)ex.CharUnknown:X4}): it is not valid Unicode text and cannot be read as UTF-8."))]);
        }
    }

    /// <summary>Refuses a document longer than the limit: <paramref name="length"/> is its whole length when
    /// <paramref name="exact"/>, else how much of a stream has been read so far.</summary>
    internal static void CheckSize(long length, long limit, bool exact)
    {
        if (length > limit)
        {
            throw new PolicyDataException([SizeProblem(length, limit, exact)]);
        }
    }

    private static DataProblem SizeProblem(long length, long limit, bool exact = true) =>
        SizeProblem(exact ? Bytes(length) : "more than " + Bytes(limit) + " (a stream is read no further than the limit)", limit);

    private static DataProblem SizeProblem(string size, long limit) =>
        new("$", 1, 1, $"The document is {size}, larger than the limit of {Bytes(limit)} that the loader accepts. To load a larger document you trust, raise the limit with PolicyDataOptions.MaxDocumentBytes (up to {Bytes(PolicyDataOptions.LargestMaxDocumentBytes)}).");

    private static string Bytes(long count) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count:N0} bytes");

    private static string ReadResourceText(string name)
    {
        using StreamReader reader = EmbeddedResource.OpenText(name);
        return reader.ReadToEnd();
    }
}
