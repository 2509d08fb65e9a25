"""Readers and metadata inference, on text written for these tests."""

from __future__ import annotations

import codecs

import pytest

from generator.ingest import clean_text, decode, find_date, ingest, read_document, IngestError

SCRAPED = """Section News

A harbour strike closes the port of Lysmark for a third day

By [Jane Q. Doe](#)

Harbour Times, March 4, 2026

Region: [Europe](#), [Shipping](#)

[Harbour Times](#)

Dockworkers at the port of Lysmark stayed off the job for a third day on Wednesday, and the
queue of ships waiting outside the breakwater grew to forty, the port authority said.

"We will stay out until the offer changes," union leader Per Olsen told reporters. The talks
are due to resume on

Friday at the ministry.

The original source of this article is [Harbour Times](#)
Copyright © [Jane Q. Doe](#), [Harbour Times](#), 2026

Become a Member of Harbour Times

Disclaimer: The contents of this article are of sole responsibility of the author(s).
"""


def test_scraped_text_metadata_and_body():
    body, meta = clean_text(SCRAPED)
    assert meta.title == "A harbour strike closes the port of Lysmark for a third day"
    assert meta.authors == ["Jane Q. Doe"]
    assert meta.publisher == "Harbour Times"
    assert meta.published == "2026-03-04"
    assert meta.original_source == "Harbour Times"
    paragraphs = body.split("\n\n")
    assert paragraphs[0].startswith("Dockworkers at the port of Lysmark stayed off the job")
    # a sentence broken by a stray blank line is joined back
    assert "due to resume on Friday at the ministry." in body
    for chrome in ("Section News", "Region:", "Become a Member", "Disclaimer", "Copyright", "original source"):
        assert chrome not in body
    # wrapped lines inside a paragraph are one paragraph
    assert len(paragraphs) == 2


PROMOTED = """Dockworkers at the port of Lysmark stayed off the job for a third day on Wednesday, the port
authority said.

Read more: Inside a Harbour Union's Risky Attempt to Close the Port

WATCH: Ships queue outside the breakwater

ADD TO CART: US$25 Harbour Times Gift Card for EU readers

(MORE: 'Empty Quays': Ten Best Pictures of the Harbour Strike)

Watch the queue: forty ships waited outside the breakwater on Thursday, said Per Olsen.

Get Tidewater Business On Twitter, Facebook, and more! Know something we don't? E-mail us.

Follow Ann Berg on Twitter.

Find out more about it on Twitter, Olsen said, where the union posts its notices.

Related reporting by Ann Berg showed the queue grew on Friday."""


def test_promotions_between_paragraphs_are_not_body_text():
    body, _ = clean_text(PROMOTED)
    paragraphs = body.split("\n\n")
    assert [p.split()[0] for p in paragraphs] == ["Dockworkers", "Watch", "Find", "Related"]
    for promo in ("Risky Attempt", "Ships queue", "Gift Card", "Best Pictures", "Tidewater Business", "Follow Ann"):
        assert promo not in body


BIO = """close

Tidewater Chronicle

Why the Lysmark strike matters for Baltic trade

ahansen

Why the Lysmark strike matters for Baltic trade

The strike at Lysmark has pushed freight rates up across the region, and shippers are rerouting
cargo through two smaller ports further north, according to three logistics firms.

Follow Tidewater Chronicle on Google News

About the author

Anna Maria Hansen LSE, University of Aarhus. She writes about trade.
"""


def test_username_byline_about_author_and_google_news_publisher():
    body, meta = clean_text(BIO)
    assert meta.title == "Why the Lysmark strike matters for Baltic trade"
    assert meta.authors == ["ahansen", "Anna Maria Hansen"]
    assert meta.publisher == "Tidewater Chronicle"
    assert body.startswith("The strike at Lysmark has pushed freight rates up")
    assert "About the author" not in body and "Google News" not in body
    assert body.count("Why the Lysmark strike") == 0  # the repeated title is not body text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Times, January 24, 2024", "2024-01-24"),
        ("Posted 24 January 2024 at noon", "2024-01-24"),
        ("Jan. 5, 2025", "2025-01-05"),
        ("updated 2023-11-30T10:00", "2023-11-30"),
        ("February 30, 2024", None),
        ("no date here", None),
    ],
)
def test_find_date(text, expected):
    assert find_date(text) == expected


def test_markdown_front_matter_overrides_inferred(tmp_path):
    src = tmp_path / "note.md"
    src.write_text(
        "---\ntitle: Talks resume\nauthors: [A. Writer, B. Writer]\npublished: 2026-03-06\n"
        "publisher: Ministry of Transport\nurl: https://example.org/talks\n---\n"
        "# Some other heading\n\nBy Someone Else\n\nTalks between the union and the port authority "
        "resume on Friday, the Ministry of Transport said in a statement on Thursday.\n",
        encoding="utf-8",
    )
    doc = read_document(src)
    assert doc.title == "Talks resume"
    assert doc.authors == ("A. Writer", "B. Writer")
    assert doc.published == "2026-03-06"
    assert doc.publisher == "Ministry of Transport"
    assert doc.url == "https://example.org/talks"
    assert doc.text.startswith("Talks between the union")


def test_html_reader_extracts_the_article(tmp_path):
    page = tmp_path / "page.html"
    paras = "".join(
        f"<p>Paragraph {i} of the report says the port of Lysmark handled {i * 1000} containers "
        f"in week {i}, according to the port authority's weekly bulletin.</p>"
        for i in range(1, 7)
    )
    page.write_text(
        "<html><head><title>Port volumes fall | Example News</title>"
        '<meta name="author" content="Kari Nord"></head><body><nav><a href="/">Home</a>'
        "<a href='/world'>World</a></nav><article><h1>Port volumes fall</h1>"
        f"{paras}</article><footer>Share this article. Copyright Example News.</footer>"
        "<script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.title.startswith("Port volumes fall")
    assert "Paragraph 6 of the report" in doc.text
    assert "alert(1)" not in doc.text and "Home" not in doc.text.split("\n")[0]


def test_decode_variants():
    text = "Caf\u00e9 \u201cquoted\u201d"
    assert decode(text.encode("utf-8")) == text
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8")) == text
    assert decode(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == text
    assert decode("Caf\u00e9".encode("latin-1")) == "Caf\u00e9"
    with pytest.raises(IngestError, match="binary"):
        decode(b"\x00\x01\x02binary\x00")


@pytest.mark.parametrize("raw,body", [
    ("France picked Pascal Pap&#233 and Jos&#xE9; Ruiz at lock for the match in Paris on Saturday.",
     "France picked Pascal Pap\u00e9 and Jos\u00e9 Ruiz at lock for the match in Paris on Saturday."),
    # markup-significant references stay as written (see test_hostile), and "AT&T" is none
    ("Profits at AT&T rose &amp; costs &#60;fell&#62; on Monday, while B&Q was flat all day, said Ann Berg.",
     "Profits at AT&T rose &amp; costs &#60;fell&#62; on Monday, while B&Q was flat all day, said Ann Berg."),
    ("The code &#0; stays as it was written in the text of the article on Monday, said Ann Berg.",
     "The code &#0; stays as it was written in the text of the article on Monday, said Ann Berg."),
])
def test_character_references_left_by_a_scraper_are_decoded(raw, body):
    from generator.cleaning import clean_text

    text = f"Markets news\n\n{raw}\n\nTraders said the day had been quiet in London and in Paris, said Ola Berg."
    assert body in clean_text(text)[0].split("\n\n")


def test_bad_files_do_not_stop_the_others(tmp_path):
    (tmp_path / "good.txt").write_text(
        "Good article\n\nThe port of Lysmark reopened on Monday after a three-day strike ended "
        "with a new pay offer, officials said.\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    documents, issues = ingest(tmp_path)
    assert [d.id for d in documents] == ["good"]
    messages = {issue.path.rsplit("/", 1)[-1]: issue.message for issue in issues}
    assert "empty" in messages["empty.txt"]
    assert "binary" in messages["image.txt"]
    assert "unsupported file type '.docx'" in messages["notes.docx"]


def test_shared_articles_metadata(articles):
    by_id = {a.document.id[:3]: a.document for a in articles}
    first = by_id["000"]
    assert first.title == "Geopolitics is moving North Korea's way"
    assert first.authors == ("M. K. Bhadrakumar",)
    assert first.publisher == "Global Research"
    assert first.published == "2024-01-24"
    third = by_id["002"]
    assert len(third.authors) == 2 and third.authors[1] == "Brian Patrick Bolger"
    for a in articles:
        text = a.document.text
        for junk in ("Disclaimer", "Become a Member", "Google News", "About the author", "Region:", "[", "](#)"):
            assert junk not in text, (a.document.id, junk)
