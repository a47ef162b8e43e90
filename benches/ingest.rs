//! Ingest throughput: the sanitiser against a naive control-character filter
//! measured in the same run (the machine is noisy, compare ratios), and the
//! whole load of the sample stories.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::ingest::{self, sanitize};

/// About 200 KB of news prose: the sample stories' paragraphs, repeated.
fn news() -> String {
    let corpus = ingest::load_sample();
    let text: Vec<String> = corpus.stories.iter().map(|s| s.text().text).collect();
    let one = text.join("\n\n");
    one.repeat(200_000 / one.len() + 1)
}

/// The same prose laced with escape sequences and format characters.
fn hostile(news: &str) -> String {
    let mut out = String::with_capacity(news.len() * 2);
    for (i, word) in news.split(' ').enumerate() {
        out.push_str(word);
        out.push_str(match i % 5 {
            0 => "\u{1b}[31m ",
            1 => " \u{202e}",
            2 => "\u{1b}]8;;http://x\u{1b}\\ ",
            3 => "\t",
            _ => " \u{200b}",
        });
    }
    out
}

fn naive_filter(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect()
}

fn bench(c: &mut Criterion) {
    let news = news();
    let hostile = hostile(&news);
    for (name, text) in [("news", &news), ("hostile", &hostile)] {
        let mut g = c.benchmark_group(format!("sanitize/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("baseline: naive control filter", |b| {
            b.iter(|| naive_filter(black_box(text)))
        });
        g.bench_function("clean", |b| b.iter(|| sanitize::clean(black_box(text))));
        g.bench_function("paragraphs", |b| {
            b.iter(|| sanitize::paragraphs(black_box(text)))
        });
        g.finish();
    }
    let mut g = c.benchmark_group("load");
    g.bench_function("sample stories (5 files, 7 stories)", |b| {
        b.iter(ingest::load_sample)
    });
    g.finish();

    // A directory of 100 copies of each sample file (500 files, 700 stories,
    // every copy a distinct story), against just reading the same files.
    let dir = tempfile::tempdir().expect("tempdir");
    let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data");
    let mut bytes = 0u64;
    for entry in std::fs::read_dir(&samples).expect("sample-data") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("sample");
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        for i in 0..100 {
            // Distinct titles so the copies are not dropped as duplicates.
            let copy = text
                .replace("title: ", &format!("title: {i} "))
                .replace("\"title\": \"", &format!("\"title\": \"{i} "))
                .replace("<title>", &format!("<title>{i} "));
            bytes += copy.len() as u64;
            std::fs::write(dir.path().join(format!("{i:03}-{name}")), copy).expect("write");
        }
    }
    let paths = vec![dir.path().to_path_buf()];
    let corpus = ingest::load(&paths);
    assert_eq!(
        corpus.stories.len(),
        700,
        "{:?}",
        corpus.diagnostics.first()
    );
    let mut g = c.benchmark_group("load/directory");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(20);
    g.bench_function("baseline: read every file", |b| {
        b.iter(|| {
            let mut n = 0;
            for e in std::fs::read_dir(dir.path()).expect("dir") {
                n += std::fs::read(e.expect("entry").path()).expect("read").len();
            }
            n
        })
    });
    g.bench_function("load (500 files, 700 stories)", |b| {
        b.iter(|| ingest::load(black_box(&paths)))
    });
    g.finish();

    // Many stories in one file: the time per story must not grow with the
    // file (each story's line is found in one table of line starts), so the
    // 12,000-story figure is eight times the 1,500-story one, not sixty-four.
    for format in ["json", "rss"] {
        let mut g = c.benchmark_group(format!("load/one {format} file"));
        g.sample_size(10);
        for n in [1_500usize, 12_000] {
            let bytes = one_file(format, n);
            g.throughput(Throughput::Elements(n as u64));
            let name = format!("many.{format}");
            g.bench_function(format!("{n} stories"), |b| {
                b.iter(|| ingest::load_bytes(std::path::Path::new(&name), black_box(&bytes)))
            });
        }
        g.finish();
    }
}

/// `n` short stories in one JSON array or one RSS channel, one a line.
fn one_file(format: &str, n: usize) -> Vec<u8> {
    let mut out = String::new();
    if format == "json" {
        out.push_str("[\n");
        for i in 0..n {
            let sep = if i + 1 == n { "" } else { "," };
            out.push_str(&format!(
                "{{\"title\": \"Story {i}\", \"date\": \"2014-11-06\", \"body\": \"The council met on Tuesday, item {i}.\"}}{sep}\n"
            ));
        }
        out.push(']');
    } else {
        out.push_str("<rss version=\"2.0\"><channel><title>Desk</title>\n");
        for i in 0..n {
            out.push_str(&format!(
                "<item><title>Item {i}</title><pubDate>Thu, 06 Nov 2014 10:00:00 GMT</pubDate><description>The council met on Tuesday, item {i}.</description></item>\n"
            ));
        }
        out.push_str("</channel></rss>");
    }
    out.into_bytes()
}

criterion_group!(benches, bench);
criterion_main!(benches);
