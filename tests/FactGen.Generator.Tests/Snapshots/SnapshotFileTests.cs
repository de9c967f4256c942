using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests.Snapshots;

/// <summary>The snapshot folder stays in step with the tests, and the harness itself works.</summary>
public class SnapshotFileTests
{
    [Fact]
    public void Every_verified_file_belongs_to_a_snapshot_test()
    {
        var tests = typeof(SnapshotTest).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(SnapshotTest).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                .Select(m => t.Name + "." + m.Name))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(tests);

        var orphans = Directory.EnumerateFiles(SnapshotDirectory(), "*.verified.*")
            .Select(p => Path.GetFileName(p))
            .Where(f => !tests.Contains(Snapshot.OwnerOf(f)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

        Assert.True(orphans.Count == 0, $"{orphans.Count} verified file(s) belong to no snapshot test; delete them:\n" + string.Join("\n", orphans));
    }

    [Fact]
    public void Snapshot_test_classes_have_no_theories_the_file_names_could_not_tell_apart()
    {
        var theories = typeof(SnapshotTest).Assembly.GetTypes()
            .Where(t => typeof(SnapshotTest).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttributes<TheoryAttribute>(inherit: true).Any()).Select(m => t.Name + "." + m.Name))
            .ToList();

        Assert.Empty(theories);
    }

    [Fact]
    public void A_mismatch_writes_the_received_file_and_fails_with_a_unified_diff()
    {
        var directory = Infrastructure.DotNet.TemporaryDirectory("snapshots");
        try
        {
            var source = new Emit.GeneratedSource("FactGen.Thing.g.cs", "line 1\r\nline 2\r\n[GeneratedCode(\"FactGen\", \"1.2.3\")]\nline 4\n");
            var targets = Snapshot.Targets("Tests.Method", [source], Array.Empty<Diagnostic>());

            var missing = Assert.ThrowsAny<Exception>(() => Snapshot.Verify(directory, "Tests.Method", targets, accept: false));
            Assert.Contains("New snapshot", missing.Message);
            var received = Path.Combine(directory, "Tests.Method#FactGen.Thing.g.received.cs");
            Assert.Equal("//HintName: FactGen.Thing.g.cs\nline 1\nline 2\n[GeneratedCode(\"FactGen\", \"{version}\")]\nline 4\n", File.ReadAllText(received));

            // Accepting by renaming: then the same output passes and the received file is gone.
            File.Move(received, Path.Combine(directory, "Tests.Method#FactGen.Thing.g.verified.cs"));
            Snapshot.Verify(directory, "Tests.Method", targets, accept: false);

            var changed = Snapshot.Targets("Tests.Method", [source with { Text = "line 1\nline two\n[GeneratedCode(\"FactGen\", \"9.9.9\")]\nline 4\n" }], Array.Empty<Diagnostic>());
            var mismatch = Assert.ThrowsAny<Exception>(() => Snapshot.Verify(directory, "Tests.Method", changed, accept: false));
            Assert.Contains("--- Tests.Method#FactGen.Thing.g.verified.cs", mismatch.Message);
            Assert.Contains("+++ Tests.Method#FactGen.Thing.g.received.cs", mismatch.Message);
            Assert.Contains("@@ -1,5 +1,5 @@\n //HintName: FactGen.Thing.g.cs\n line 1\n-line 2\n+line two\n [GeneratedCode", mismatch.Message);
            Assert.True(File.Exists(received));

            // A verified file the test no longer produces fails until it is deleted; accepting deletes it.
            var none = Snapshot.Targets("Tests.Method", [], Array.Empty<Diagnostic>());
            var stale = Assert.ThrowsAny<Exception>(() => Snapshot.Verify(directory, "Tests.Method", none, accept: false));
            Assert.Contains("no longer produced", stale.Message);
            Snapshot.Verify(directory, "Tests.Method", none, accept: true);
            Assert.Empty(Snapshot.VerifiedFilesOf(directory, "Tests.Method"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("A.B#FactGen.Person.g.verified.cs", "A.B")]
    [InlineData("A.B.verified.txt", "A.B")]
    [InlineData("A.B_c#x.received.cs", "A.B_c")]
    public void Snapshot_files_name_their_test(string fileName, string owner) => Assert.Equal(owner, Snapshot.OwnerOf(fileName));

    private static string SnapshotDirectory([CallerFilePath] string file = "") => Snapshot.DirectoryOf(file);
}
