using GcmBot.Core.Answers;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Search;

namespace GcmBot.Hosting.Startup;

/// <summary>
/// The corpus folder, the parsed corpus, the index, the topic lexicon and the crosswalk, begun before the container is
/// built, from Corpus:Directory as the configuration gives it just after the builder is made. Until <c>Build()</c>
/// only the main thread works (and the Lucene warm-up), so on two cores this runs on one that would otherwise idle.
/// <para>
/// The container still decides: each result is used only when the container asks for exactly what was begun. The
/// folder when Corpus:Directory resolves to the same path at the end (a configuration source added while the host is
/// built may change it); the corpus, lexicon and crosswalk when the container's folder is that very
/// folder (a test may register another); the index when its corpus is that very corpus. Otherwise it is built as
/// before and the head start's work is dropped. A failure is the same one the container's own build would meet, and
/// is thrown (with its file's path) when, and only when, its result is asked for.
/// </para>
/// </summary>
internal sealed class CorpusHeadStart
{
    private readonly Task<CorpusDirectory> _folder;
    private readonly Task<GcmCorpus> _corpus;
    private readonly Task<PassageIndex> _index;
    private readonly Task<TopicLexicon> _lexicon;
    private readonly Task<Crosswalk> _crosswalk;

    private CorpusHeadStart(string path)
    {
        Path = path;

        // Two dedicated threads: the folder, corpus and index in turn on one; the lexicon and crosswalk on the other,
        // once the folder is open. Continuations run on the thread that finished what they wait for.
        _folder = Task.Factory.StartNew(() => CorpusDirectory.Open(path), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _corpus = Then(_folder, CorpusLoader.Load, TaskContinuationOptions.ExecuteSynchronously);
        _index = Then(_corpus, AnswerIndex.Build, TaskContinuationOptions.ExecuteSynchronously);
        _lexicon = Then(_folder, TopicLexicon.Load, TaskContinuationOptions.LongRunning);
        _crosswalk = _lexicon.ContinueWith(
            _ => Crosswalk.Load(_folder.GetAwaiter().GetResult()), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>The folder's path the head start read (Corpus:Directory, resolved against the app's folder).</summary>
    public string Path { get; }

    public static CorpusHeadStart Begin(string path) => new(path);

    public CorpusDirectory OpenFolder(string path) =>
        string.Equals(path, Path, StringComparison.Ordinal) ? _folder.GetAwaiter().GetResult() : CorpusDirectory.Open(path);

    public GcmCorpus LoadCorpus(CorpusDirectory folder) => IsOurs(_folder, folder) ? _corpus.GetAwaiter().GetResult() : CorpusLoader.Load(folder);

    public PassageIndex BuildIndex(GcmCorpus corpus) => IsOurs(_corpus, corpus) ? _index.GetAwaiter().GetResult() : AnswerIndex.Build(corpus);

    public TopicLexicon LoadLexicon(CorpusDirectory folder) => IsOurs(_folder, folder) ? _lexicon.GetAwaiter().GetResult() : TopicLexicon.Load(folder);

    public Crosswalk LoadCrosswalk(CorpusDirectory folder) => IsOurs(_folder, folder) ? _crosswalk.GetAwaiter().GetResult() : Crosswalk.Load(folder);

    private static bool IsOurs<T>(Task<T> begun, T value)
        where T : class => begun.IsCompletedSuccessfully && ReferenceEquals(begun.Result, value);

    private static Task<TResult> Then<T, TResult>(Task<T> first, Func<T, TResult> next, TaskContinuationOptions options) =>
        first.ContinueWith(done => next(done.GetAwaiter().GetResult()), CancellationToken.None, options, TaskScheduler.Default);
}
