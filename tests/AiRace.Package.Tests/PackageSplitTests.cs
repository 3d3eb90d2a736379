using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using AiRace.Notebooks;

namespace AiRace.Package.Tests;

/// <summary>
/// The split of the packages: AiRace.Core carries no third-party runtime dependency, so an application that uses it for
/// money alone ships nothing else; DataFrame and Parquet come with AiRace.Export.
/// </summary>
[Collection("package")]
public class PackageSplitTests
{
    private readonly PackageFixture _fixture;

    public PackageSplitTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void CorePackage_DeclaresNoDependency()
    {
        Dependencies(_fixture.PackagePath).Should().BeEmpty("AiRace.Core needs nothing but the .NET runtime");
    }

    [Fact]
    public void ExportPackage_DependsOnCoreAndTheExportLibrariesOnly()
    {
        Dependencies(_fixture.ExportPackagePath).Should().BeEquivalentTo("AiRace.Core", "Microsoft.Data.Analysis", "Parquet.Net");
        using ZipArchive zip = ZipFile.OpenRead(_fixture.ExportPackagePath);
        zip.Entries.Select(e => e.FullName).Should().Contain("lib/net10.0/AiRace.Export.dll")
            .And.NotContain(e => e.StartsWith("analyzers/", System.StringComparison.Ordinal), "the analyzers ship once, in AiRace.Core");
    }

    [Fact]
    public void MoneyOnlyConsumer_PublishesNoThirdPartyAssembly()
    {
        string dir = _fixture.CreateConsumer("money-only", """
            using AiRace.Core;

            Money total = Money.Billions(1, Currency.CNY) - Money.Millions(600, Currency.CNY);
            Console.WriteLine(total.ToString());
            """);
        string output = Path.Combine(dir, "out");
        ProcessRunner.Result publish = PackageFixture.Dotnet(dir, "publish", "-c", "Release", "-o", output, "-nologo");
        publish.ExitCode.Should().Be(0, publish.Output);
        string[] assemblies = Directory.GetFiles(output, "*.dll").Select(Path.GetFileName).ToArray()!;
        assemblies.Should().BeEquivalentTo(new[] { "Consumer.dll", "AiRace.Core.dll" }, "nothing but the application and AiRace.Core is shipped");

        ProcessRunner.Result run = PackageFixture.Dotnet(dir, Path.Combine(output, "Consumer.dll"));
        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Trim().Should().Be("CNY 400,000,000.00");
    }

    [Fact]
    public void ExportConsumer_WritesAndReadsParquet()
    {
        string dir = _fixture.CreateConsumer("export", """
            using AiRace.Core.Analysis;
            using AiRace.Core.Data;
            using AiRace.Export;

            ResultTable programmes = DatasetTables.Programmes(PolicyData.Embedded);
            using var stream = new MemoryStream();
            await ParquetExport.WriteAsync(programmes, stream);
            stream.Position = 0;
            ResultTable back = await ParquetExport.ReadAsync(stream);
            Console.WriteLine(back.ContentEquals(programmes) ? "equal " + back.Rows.Count : "different");
            """, editorconfig: null, "AiRace.Export");
        ProcessRunner.Result run = PackageFixture.Dotnet(dir, "run", "-nologo");
        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().MatchRegex(@"equal \d+");
    }

    private static string[] Dependencies(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        ZipArchiveEntry nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal));
        using Stream stream = nuspec.Open();
        return XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).Distinct().ToArray();
    }
}
