using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AiRace.Core.Text;

namespace AiRace.Core;

/// <summary>
/// A file of exchange rates a user brought, read into an <see cref="ExchangeRateTable"/>: the ECB's euro reference
/// rates (<see cref="ReadEcb(string)"/>), a FRED download of H.10 or other series (<see cref="ReadFred(string, RateColumn[])"/>),
/// or a plain list of <c>date,base,quote,rate</c> (<see cref="ReadList(string, string, string, RatePeriod)"/>). Every
/// rate belongs to a named series (its source and series id), so every conversion says where its rate came from.
/// </summary>
/// <remarks>
/// <para>The files are plain comma-separated text with a header line, without quoting. Spaces (U+0020) and tabs around
/// a field are not part of it, and a line of nothing else is skipped, before the header too (the lines of errors still
/// count it); any other white space or invisible character at a field's edge (a no-break space U+00A0, an ideographic
/// space U+3000, a zero-width space, a direction mark) is an error naming its code point, line and column, never
/// trimmed, and inside a date, code or rate it makes the field one the reader refuses. One byte order mark (U+FEFF) at the start of the file is dropped, whether the text comes
/// from a stream (whose decoder drops a UTF-8 mark itself) or from a string; a second is an error. The mark dropped is
/// the first of the text the reader gives: read from a path, or through any decoder that has already dropped the file's
/// own, a file that starts with two marks loses both. A text of one mark and nothing else is an empty file (the error says
/// so, apart from the mark), not one of blank lines. Dates are ISO 8601 (<c>2025-07-28</c>); rates are
/// plain decimals read exactly (<c>7.1234</c>) and must be above zero. A cell the source leaves empty for a day without
/// a quotation (<c>N/A</c> at the ECB, <c>.</c> or nothing at FRED) is no rate, not an error. Anything else the reader
/// does not understand is an <see cref="ExchangeRateFileException"/> naming the line and column; nothing is guessed.
/// So are rates of both directions of one pair for the same period and date (USD/CNY and CNY/USD on one day), at the
/// second of them: the table answers each direction with the other's inverse, so it would have two answers.
/// A whole column the library cannot hold (a currency the ECB still lists but ISO 4217 has withdrawn, such as CYP) is
/// not read, and <see cref="NotRead"/> says so.</para>
/// <para>Pairs the file does not hold can be crossed through a pivot: <c>file.Table.CrossVia(Currency.EUR)</c>.
/// Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ExchangeRateFile
{
    private const string EcbPublisher = "European Central Bank";

    private ExchangeRateFile(string name, IReadOnlyList<RateColumn> columns, List<ExchangeRate> rates, IReadOnlyList<string> notRead)
    {
        Name = name;
        Columns = columns;
        Table = new ExchangeRateTable(rates);
        NotRead = notRead;
    }

    /// <summary>The file's name, as its errors and notes cite it.</summary>
    public string Name { get; }

    /// <summary>The series read from the file, with the pair each prices, in the order of the file.</summary>
    public IReadOnlyList<RateColumn> Columns { get; }

    /// <summary>The rates read, as a table (which also answers each pair's opposite direction with inverse rates).</summary>
    public ExchangeRateTable Table { get; }

    /// <summary>Whole columns that were not read, each with the reason and how many rates it held (empty when
    /// everything was read).</summary>
    public IReadOnlyList<string> NotRead { get; }

    /// <summary>How many rates were read.</summary>
    public int Count => Table.Count;

    /// <summary>
    /// Reads the ECB's euro foreign exchange reference rates as the ECB publishes their history
    /// (<c>eurofxref-hist.csv</c>: <c>Date,USD,JPY,…</c>, one line per day, units of each currency per euro, <c>N/A</c>
    /// where there is no rate). Each currency is its own series: EUR/USD is "ECB EUR/USD", id
    /// <c>EXR.D.USD.EUR.SP00.A</c> (the ECB's own key).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ExchangeRateFileException">The file is not in that format; the message says where.</exception>
    public static ExchangeRateFile ReadEcb(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using StreamReader reader = File.OpenText(path);
        return ReadEcb(reader, Path.GetFileName(path));
    }

    /// <summary>Reads the ECB's euro reference rates; see <see cref="ReadEcb(string)"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The name to cite the file by in errors and notes.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ExchangeRateFileException">The text is not in that format; the message says where.</exception>
    public static ExchangeRateFile ReadEcb(TextReader reader, string name)
    {
        Guard.NotNull(reader);
        Guard.NotNull(name);
        var file = new CsvLines(reader, name);
        Field[] header = file.Header("Date");
        var columns = new RateColumn?[header.Length];
        var notRead = new List<string>();
        var counts = new int[header.Length];
        for (int c = 1; c < header.Length; c++)
        {
            string code = header[c].Text;
            if (!Currency.TryFromCode(code, out Currency currency))
            {
                if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
                {
                    throw file.Error(header[c], $"'{HiddenCharacters.ShownInput(code)}' is not a currency code (the ECB's header names each column by its ISO 4217 code)");
                }

                continue; // counted below, then reported in NotRead
            }

            if (currency == Currency.EUR)
            {
                throw file.Error(header[c], "the ECB's rates are units of each currency per euro, so no column can be EUR");
            }

            int same = Array.FindIndex(header, 1, c - 1, h => h.Text == code);
            if (same > 0)
            {
                throw file.Error(header[c], FormattableString.Invariant($"{code} is in the header twice (columns {header[same].Column} and {header[c].Column})"));
            }

            columns[c] = new RateColumn(
                new RateSeries(FormattableString.Invariant($"EXR.D.{code}.EUR.SP00.A"), "ECB EUR/" + code, EcbPublisher, RatePeriod.Day),
                Currency.EUR,
                currency);
        }

        var rates = new RateCollector(file);
        while (file.Next(header.Length) is { } row)
        {
            DateOnly date = file.Date(row[0], RatePeriod.Day);
            for (int c = 1; c < header.Length; c++)
            {
                if (IsMissing(row[c].Text, "N/A"))
                {
                    continue;
                }

                if (columns[c] is { } column)
                {
                    rates.Add(column, date, row[c]);
                }
                else
                {
                    counts[c]++;
                }
            }
        }

        for (int c = 1; c < header.Length; c++)
        {
            if (columns[c] is null)
            {
                notRead.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{header[c].Text} (column {header[c].Column}): not an active ISO 4217 currency code; its {counts[c]} rate{(counts[c] == 1 ? " was" : "s were")} not read."));
            }
        }

        return new ExchangeRateFile(name, columns.OfType<RateColumn>().ToArray(), rates.Rates, notRead);
    }

    /// <summary>
    /// Reads a FRED download: <c>observation_date,DEXCHUS,…</c> (or <c>DATE,…</c> in FRED's older files), one column per
    /// series, <c>.</c> or nothing where there is no observation. The Federal Reserve's H.10 series are known by their
    /// ids (<see cref="RateColumn.FredH10(string)"/>; DEXCHUS is cited "Fed H.10 (DEXCHUS)", like the embedded rates);
    /// describe any other column with a <see cref="RateColumn"/> whose series id is the column's header.
    /// Monthly and annual series are dated on the first day of their period, as FRED dates them.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="columns">Series other than H.10's, by their ids in the header.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ExchangeRateFileException">The file is not in that format, or names a series neither H.10's
    /// nor given; the message says where.</exception>
    public static ExchangeRateFile ReadFred(string path, params RateColumn[] columns)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using StreamReader reader = File.OpenText(path);
        return ReadFred(reader, Path.GetFileName(path), columns);
    }

    /// <summary>Reads a FRED download; see <see cref="ReadFred(string, RateColumn[])"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The name to cite the file by in errors.</param>
    /// <param name="columns">Series other than H.10's, by their ids in the header.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ExchangeRateFileException">The text is not in that format; the message says where.</exception>
    public static ExchangeRateFile ReadFred(TextReader reader, string name, params RateColumn[] columns)
    {
        Guard.NotNull(reader);
        Guard.NotNull(name);
        Guard.NotNull(columns);
        var file = new CsvLines(reader, name);
        Field[] header = file.Header("observation_date", "DATE");
        var read = new RateColumn[header.Length];
        for (int c = 1; c < header.Length; c++)
        {
            string id = header[c].Text;
            RateColumn? column = columns.FirstOrDefault(k => k is not null && k.Series.Id == id);
            if (column is null && !RateColumn.TryFredH10(id, out column))
            {
                throw file.Error(header[c], $"'{HiddenCharacters.ShownInput(id)}' is not a Federal Reserve H.10 series id (DEXCHUS, EXUSEU, AEXJPUS, ...) and no RateColumn with that series id was given");
            }

            int same = Array.FindIndex(read, 1, c - 1, k => k.Base == column.Base && k.Quote == column.Quote && k.Series.Period == column.Series.Period);
            if (same > 0)
            {
                throw file.Error(header[c], $"{id} prices {column.Base.Code}/{column.Quote.Code} {column.Series.Period} rates, as {read[same].Series.Id} (column {header[same].Column}) does; read them from separate files");
            }

            read[c] = column;
        }

        var rates = new RateCollector(file);
        while (file.Next(header.Length) is { } row)
        {
            file.Date(row[0], RatePeriod.Day);
            for (int c = 1; c < header.Length; c++)
            {
                if (!IsMissing(row[c].Text, "."))
                {
                    rates.Add(read[c], file.Date(row[0], read[c].Series.Period), row[c]);
                }
            }
        }

        return new ExchangeRateFile(name, read[1..], rates.Rates, Array.Empty<string>());
    }

    /// <summary>
    /// Reads a plain list of rates with the header <c>date,base,quote,rate</c>: each line one rate, <c>rate</c> units of
    /// <c>quote</c> per unit of <c>base</c> (<c>2025-07-28,USD,CNY,7.1664</c>). Each pair is its own series, named by
    /// <paramref name="seriesId"/> and the pair: id <c>{seriesId}:USD/CNY</c>, cited "{seriesId} USD/CNY".
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="publisher">Who publishes the rates (a central bank, a data vendor, your team).</param>
    /// <param name="seriesId">A short name for the rates, such as "BOE-spot".</param>
    /// <param name="period">The period each rate covers; monthly and annual rates are dated on the first day of it.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or undefined.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ExchangeRateFileException">The file is not in that format; the message says where.</exception>
    public static ExchangeRateFile ReadList(string path, string publisher, string seriesId, RatePeriod period = RatePeriod.Day)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using StreamReader reader = File.OpenText(path);
        return ReadList(reader, Path.GetFileName(path), publisher, seriesId, period);
    }

    /// <summary>Reads a plain list of rates; see <see cref="ReadList(string, string, string, RatePeriod)"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The name to cite the file by in errors.</param>
    /// <param name="publisher">Who publishes the rates.</param>
    /// <param name="seriesId">A short name for the rates.</param>
    /// <param name="period">The period each rate covers.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or undefined.</exception>
    /// <exception cref="ExchangeRateFileException">The text is not in that format; the message says where.</exception>
    public static ExchangeRateFile ReadList(TextReader reader, string name, string publisher, string seriesId, RatePeriod period = RatePeriod.Day)
    {
        Guard.NotNull(reader);
        Guard.NotNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        ArgumentException.ThrowIfNullOrWhiteSpace(seriesId);
        Guard.Defined(period);
        var file = new CsvLines(reader, name);
        Field[] header = file.Header("date");
        string[] expected = ["date", "base", "quote", "rate"];
        for (int c = 0; c < Math.Max(header.Length, expected.Length); c++)
        {
            if (c >= header.Length || c >= expected.Length || !header[c].Text.Equals(expected[c], StringComparison.OrdinalIgnoreCase))
            {
                throw file.Error(c < header.Length ? header[c] : new Field(string.Empty, header[^1].Column + header[^1].Text.Length), "the header must be date,base,quote,rate");
            }
        }

        var columns = new Dictionary<(Currency, Currency), RateColumn>();
        var order = new List<RateColumn>();
        var rates = new RateCollector(file);
        while (file.Next(4) is { } row)
        {
            DateOnly date = file.Date(row[0], period);
            Currency baseCurrency = file.Code(row[1]);
            Currency quote = file.Code(row[2]);
            if (baseCurrency == quote)
            {
                throw file.Error(row[2], $"the base and the quote are both {quote.Code}");
            }

            if (!columns.TryGetValue((baseCurrency, quote), out RateColumn? column))
            {
                string pair = baseCurrency.Code + "/" + quote.Code;
                column = new RateColumn(new RateSeries(seriesId + ":" + pair, seriesId + " " + pair, publisher, period), baseCurrency, quote);
                columns.Add((baseCurrency, quote), column);
                order.Add(column);
            }

            rates.Add(column, date, row[3]);
        }

        return new ExchangeRateFile(name, order, rates.Rates, Array.Empty<string>());
    }

    private static bool IsMissing(string cell, string marker) => cell.Length == 0 || cell == marker;

    /// <summary>A field of a line: its text (without the spaces and tabs around it) and its column, counted from 1.</summary>
    private readonly record struct Field(string Text, int Column);

    /// <summary>Rates read so far, refusing a second rate for a series and date, and a rate of a pair's other direction
    /// for the same period and date (which the table would answer with the first one's inverse), with the line of the first.</summary>
    private sealed class RateCollector(CsvLines file)
    {
        private readonly Dictionary<(RateSeries, DateOnly), int> _lines = new();
        private readonly Dictionary<(Currency Base, Currency Quote, RatePeriod Period, DateOnly Date), (RateSeries Series, int Line)> _pairs = new();

        public List<ExchangeRate> Rates { get; } = new();

        public void Add(RateColumn column, DateOnly date, Field cell)
        {
            if (!ExactDecimal.TryParse(cell.Text, allowGroups: false, out decimal rate, out string? error, out int at))
            {
                throw file.Error(cell, $"'{HiddenCharacters.ShownInput(cell.Text)}' is not a rate: {error} at position {at}", at);
            }

            if (rate <= 0m)
            {
                throw file.Error(cell, $"'{HiddenCharacters.ShownInput(cell.Text)}' is not a rate: a rate must be above zero");
            }

            if (1m / rate == 0m)
            {
                // the table derives the opposite direction, which decimal cannot hold
                throw file.Error(cell, $"'{cell.Text}' is too large a rate: its inverse, which the table derives, rounds to zero in decimal (a rate must be below 2 × 10^28)");
            }

            if (!_lines.TryAdd((column.Series, date), file.LineNumber))
            {
                throw file.Error(cell, FormattableString.Invariant($"a second {column.Base.Code}/{column.Quote.Code} rate of {column.Series.Citation} for {date:yyyy-MM-dd} (the first is on line {_lines[(column.Series, date)]})"));
            }

            if (_pairs.TryGetValue((column.Quote, column.Base, column.Series.Period, date), out (RateSeries Series, int Line) other))
            {
                throw file.Error(cell, FormattableString.Invariant($"a {column.Base.Code}/{column.Quote.Code} rate of {column.Series.Citation} for {date:yyyy-MM-dd}, where line {other.Line} holds the {column.Quote.Code}/{column.Base.Code} rate of {other.Series.Citation}; the table answers each direction of a pair with the other's inverse, so one file holds one direction per pair, period and date (read the other from a separate file)"));
            }

            _pairs.TryAdd((column.Base, column.Quote, column.Series.Period, date), (column.Series, file.LineNumber));

            Rates.Add(new ExchangeRate(column.Base, column.Quote, rate, date, column.Series));
        }
    }

    /// <summary>The lines of a comma-separated file without quoting, with their numbers and columns.</summary>
    private sealed class CsvLines(TextReader reader, string name)
    {
        private bool _trailingComma;

        public int LineNumber { get; private set; }

        /// <summary>Reads the header, the first line that is not blank, whose first field must be one of
        /// <paramref name="first"/> (any case). A last empty field (a line ending in ',', as the ECB's do) is dropped
        /// here and allowed on every line.</summary>
        public Field[] Header(params string[] first)
        {
            string expected = "expected a header starting with " + string.Join(" or ", first);
            // A mark and nothing after it is an empty file, not a blank line: the reader tells the two apart where it can
            // look ahead (a reader that cannot peeks -1, and the mark is then dropped from the first line below).
            bool markRead = false;
            if (reader.Peek() == ByteOrderMark.Mark)
            {
                reader.Read();
                markRead = true;
                if (reader.Peek() < 0)
                {
                    throw Error(new Field(string.Empty, 1), "the file is empty apart from a byte order mark; " + expected);
                }
            }

            string? line = ReadLine() ?? throw Error(new Field(string.Empty, 1), "the file is empty; " + expected);
            line = markRead ? line : ByteOrderMark.Without(line);
            while (IsBlankLine(line))
            {
                line = ReadLine() ?? throw Error(new Field(string.Empty, 1), "the file holds only blank lines; " + expected);
            }

            Field[] fields = Split(line);
            if (fields.Length > 1 && fields[^1].Text.Length == 0)
            {
                _trailingComma = true;
                fields = fields[..^1];
            }

            if (!first.Any(f => fields[0].Text.Equals(f, StringComparison.OrdinalIgnoreCase)))
            {
                throw Error(fields[0], $"expected a header starting with {string.Join(" or ", first)}; found '{HiddenCharacters.ShownInput(fields[0].Text)}'");
            }

            if (fields.Length < 2)
            {
                throw Error(new Field(string.Empty, line.Length + 1), "the header names no column of rates");
            }

            for (int c = 1; c < fields.Length; c++)
            {
                if (fields[c].Text.Length == 0)
                {
                    throw Error(fields[c], "a column has no name");
                }
            }

            return fields;
        }

        /// <summary>The next non-blank line, split into exactly <paramref name="count"/> fields; null at the end.</summary>
        public Field[]? Next(int count)
        {
            string? line;
            do
            {
                line = ReadLine();
                if (line is null)
                {
                    return null;
                }
            }
            while (IsBlankLine(line));

            Field[] fields = Split(line);
            if (_trailingComma && fields.Length == count + 1 && fields[^1].Text.Length == 0)
            {
                fields = fields[..^1];
            }

            if (fields.Length != count)
            {
                Field at = fields.Length > count ? fields[count] : new Field(string.Empty, line.Length + 1);
                throw Error(at, FormattableString.Invariant($"expected {count} fields as in the header, found {fields.Length}"));
            }

            return fields;
        }

        public DateOnly Date(Field field, RatePeriod period)
        {
            if (!DateOnly.TryParseExact(field.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                throw Error(field, $"'{HiddenCharacters.ShownInput(field.Text)}' is not a date (yyyy-MM-dd)");
            }

            if ((period == RatePeriod.Month && date.Day != 1) || (period == RatePeriod.Year && date.DayOfYear != 1))
            {
                throw Error(field, $"'{field.Text}' is not the first day of its {(period == RatePeriod.Month ? "month" : "year")}, which dates a {period.ToString().ToLowerInvariant()}ly rate");
            }

            return date;
        }

        public Currency Code(Field field) =>
            Currency.TryFromCode(field.Text, out Currency currency)
                ? currency
                : throw Error(field, CurrencyRegistry.DescribeUnknown(field.Text, out _));

        public ExchangeRateFileException Error(Field field, string reason, int offset = 0) =>
            new(name, Math.Max(LineNumber, 1), field.Column + offset, reason);

        private string? ReadLine()
        {
            string? line = reader.ReadLine();
            if (line is not null)
            {
                LineNumber++;
            }

            return line;
        }

        private Field[] Split(string line)
        {
            var fields = new List<Field>();
            int start = 0;
            for (int i = 0; i <= line.Length; i++)
            {
                if (i < line.Length && line[i] == '"')
                {
                    throw Error(new Field(string.Empty, i + 1), "quoted fields are not supported in a rate file");
                }

                if (i == line.Length || line[i] == ',')
                {
                    int first = start;
                    while (first < i && IsBlank(line[first]))
                    {
                        first++;
                    }

                    int end = i;
                    while (end > first && IsBlank(line[end - 1]))
                    {
                        end--;
                    }

                    var field = new Field(line[first..end], first + 1);
                    CheckEdges(field);
                    fields.Add(field);
                    start = i + 1;
                }
            }

            return fields.ToArray();
        }

        /// <summary>Refuses a field that starts or ends with white space other than a space or a tab, or with an
        /// invisible character: trimmed, it would be read as other text than the file shows, so it is named instead.</summary>
        private void CheckEdges(Field field)
        {
            string text = field.Text;
            if (text.Length == 0 || !(IsUnseen(text, 0) || IsUnseen(text, text.Length - 1)))
            {
                return;
            }

            int at = IsUnseen(text, 0) ? 0 : text.Length - 1;
            int from = 0, to = text.Length;
            while (from < to && (IsUnseen(text, from) || IsBlank(text[from])))
            {
                from++;
            }

            while (to > from && (IsUnseen(text, to - 1) || IsBlank(text[to - 1])))
            {
                to--;
            }

            string where = from == to ? "in a field of nothing else"
                : at == 0 ? $"before '{HiddenCharacters.ShownInput(text[from..to])}'"
                : $"after '{HiddenCharacters.ShownInput(text[from..to])}'";
            throw Error(field, FormattableString.Invariant($"U+{(int)text[at]:X4} {where}: only spaces (U+0020) and tabs may stand around a field; other white space and invisible characters are not trimmed"), at);
        }

        /// <summary>Whether a line holds nothing but spaces and tabs, and is skipped.</summary>
        private static bool IsBlankLine(string line) => line.AsSpan().TrimStart(" \t").IsEmpty;

        /// <summary>A space or a tab, the only characters trimmed from around a field.</summary>
        private static bool IsBlank(char c) => c is ' ' or '\t';

        /// <summary>Whether the unit at <paramref name="index"/> is white space other than a space or a tab, or a
        /// character a reader of the file would not see.</summary>
        private static bool IsUnseen(string text, int index) =>
            (char.IsWhiteSpace(text[index]) && !IsBlank(text[index])) || HiddenCharacters.IsHidden(text, index, lineEnds: true)
            || text[index] is '\u200B' or '\u200C' or '\u200D' or '\u2060';
    }
}
