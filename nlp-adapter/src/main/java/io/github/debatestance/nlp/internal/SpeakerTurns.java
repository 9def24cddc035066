package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the turns of a transcript or a thread of posts: lines that open with a speaker's label and
 * a colon ("OKAFOR: ...", "Q: ...", "Dr. Lena Forsberg: ...", "@lena_f: ..."). The words after the
 * label, to the end of the paragraph or the next labelled line, are the speaker's own words, as a
 * quotation's are, though no quotation mark sets them off.
 *
 * <p>A post pasted with the line that signs an embedded post ("— Lena Forsberg (@lena_f) March 3,
 * 2027") is its author's turn too: the lines of the paragraph above the signature.
 *
 * <p>An interview set out as questions in bold over unlabelled answers, the layout of magazine
 * Q&amp;As, has turns too: every paragraph after the first question that is not in bold is the
 * answer of the interviewee whom the text names before it ("an interview with Leona Fairweather").
 *
 * <p>A turn whose label names only a part ("Q:", "A:", "MODERATOR:") names nobody, so it is no
 * claim of anyone's: its words are read as the article's own, and reported speech in them is
 * found as anywhere else. It still shows that the text is a conversation.
 *
 * <p>A colon after a capitalised word opens many a line of plain news ("Update:", "Pros:"), so the
 * labels must look like a conversation before any line counts as a turn: a handle, a name in
 * capitals, a name of two words or more, or a part such as "Q" or "MODERATOR"; and someone must
 * speak twice, or a named speaker must answer the question that a part asks on the line before. A
 * line whose words are themselves quoted is left to the quotation marks, and a line with fewer than
 * three words after its label (a score, a vote count) is no turn.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpeakerTurns {

  /** A handle, which may hold full stops inside it ("@mira.codes"), but not at its end. */
  private static final String HANDLE = "@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?";
  private static final String WORD =
      "(?:\\p{Lu}[\\p{L}\\p{M}'\u2019.\\-]*|(?:de|da|di|van|von|der|den|del|la|le|bin|al|el|ibn))";
  /**
   * The time a recording's transcript may set before a label: "[00:01:52]", "(12:31)", "01:52 -".
   */
  private static final String TIMESTAMP =
      "(?:[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?[\\])]?[ \\t]+(?:[-\u2013\u2014|][ \\t]+)?)?";

  /**
   * A label at the head of a line, perhaps after a bullet or a time: a handle, with whom it replies to, or up to six words (with
   * "of", "for" and the like between them, as in "The Minister for Digital Affairs"), and up to
   * two asides in parentheses: a name, a constituency, a party. Markdown may set the label in
   * bold ("**OKAFOR:**").
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "[ \\t]*(?:[-\u2013\u2014\u2022*][ \\t]+)?"
              + TIMESTAMP
              + "(?:\\*\\*|__)?"
              + "(?:(?<handle>"
              + HANDLE
              + ")(?:[ \\t]+\\(?(?:replying|in reply) to[ \\t]+"
              + HANDLE
              + "\\)?)?"
              + "|(?<words>"
              + WORD
              + "(?:[ \\t]+(?:(?:of|for|the|and|on)[ \\t]+)?"
              + WORD
              + "){0,5})(?:[ \\t]*\\((?<aside>[^()\\n]{1,60})\\))?"
              + "(?:[ \\t]*\\([^()\\n]{1,30}\\))?)"
              + "(?:\\*\\*|__)?[ \\t]*(?<colon>[:.])(?:\\*\\*|__)?[ \\t]+(?=\\S)");

  /** The line that signs an embedded post: a dash, a name, the handle, perhaps the date. */
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "[ \\t>]*(?:[\u2014\u2013-]|--)[ \\t]*(?<name>"
              + WORD
              + "(?:[ \\t]+"
              + WORD
              + "){0,4})[ \\t]*\\("
              + HANDLE
              + "\\)(?:[ \\t]+(?:"
              + Datelines.MONTH
              + " \\d{1,2},? \\d{4}|\\d{1,2} "
              + Datelines.MONTH
              + " \\d{4}))?[ \\t]*(?:\\r?\\n|$)");

  private static final Pattern NAME = Pattern.compile(WORD + "(?:[ \\t]+" + WORD + "){0,4}");
  private static final Pattern NON_SPACE = Pattern.compile("\\S+");
  private static final Pattern PARTY = Pattern.compile("[DRI]-\\p{Lu}.*");
  private static final int MIN_WORDS = 3;

  private final Lexicon labels;
  private final Lexicon roleNouns;

  /**
   * @param labels words that label a part in a conversation (PART, or ANSWER for whoever answers) or
   *     a note of the document (NOTE)
   * @param roleNouns titles and roles that may stand before a name in a label ("SENATOR REYES")
   */
  public SpeakerTurns(Lexicon labels, Lexicon roleNouns) {
    this.labels = labels;
    this.roleNouns = roleNouns;
  }

  /**
   * A line that a label opens, before its turn is known to be one.
   *
   * @param name the speaker the label names, or null for a part
   * @param answers whether the label is the part of whoever answers ("A:")
   */
  private record Labelled(int lineStart, TextSpan name, String key, int begin, boolean answers) {}

  /**
   * The quotations of a text with its turns among them, in order. A quotation inside a turn is
   * nested in it and no longer stands on its own.
   *
   * @param marked the text's quotations in quotation marks, in order
   */
  public List<Quotation> withTurns(String text, List<Quotation> marked) {
    QuotationIndex quoted = new QuotationIndex(text, marked);
    List<Quotation> turns = conversationTurns(text, quoted);
    QuotationIndex conversation = new QuotationIndex(text, turns);
    for (Quotation post : signedPosts(text, quoted)) {
      if (!overlaps(conversation, post)) {
        turns.add(post);
      }
    }
    for (Quotation post : forumPosts(text, quoted)) {
      if (!overlaps(conversation, post)) {
        turns.add(post);
      }
    }
    if (turns.isEmpty()) {
      turns.addAll(interviewAnswers(text, quoted));
    }
    if (turns.isEmpty()) {
      return marked;
    }
    turns.sort(Comparator.comparingInt(Quotation::open));
    QuotationIndex all = new QuotationIndex(text, turns);
    List<Quotation> merged = new ArrayList<>(turns);
    for (Quotation q : marked) {
      if (!overlaps(all, q)) {
        merged.add(q);
      }
    }
    merged.sort(Comparator.comparingInt(Quotation::open));
    return merged;
  }

  /** The turns of the labelled lines, if they make a conversation; else none. */
  private List<Quotation> conversationTurns(String text, QuotationIndex quoted) {
    List<Labelled> lines = labelledLines(text, quoted);
    List<Quotation> turns = new ArrayList<>();
    Map<String, Integer> turnsBySpeaker = new HashMap<>();
    // "Q: ... A: ..." under a paragraph that names whom the interview is with: the answers are
    // that person's.
    TextSpan interviewee =
        lines.stream().anyMatch(Labelled::answers)
            ? intervieweeBefore(text, lines.get(0).lineStart()).orElse(null)
            : null;
    boolean answered = false;
    TextSpan question = null;
    String asker = null;
    for (int i = 0; i < lines.size(); i++) {
      Labelled line = lines.get(i);
      int limit = i + 1 < lines.size() ? lines.get(i + 1).lineStart() : text.length();
      TextSpan content =
          QuotationFinder.trimmed(text, line.begin(), QuotationFinder.paragraphEnd(text, line.begin(), limit));
      if (!isSpeech(text, content)) {
        question = null;
        continue;
      }
      turnsBySpeaker.merge(line.key(), 1, Integer::sum);
      TextSpan speaker = line.name() != null ? line.name() : line.answers() ? interviewee : null;
      // The question may be a part's ("Q:") or a named speaker's ("SENATOR VALE: ...?" then "DR.
      // OKONJO: ..."), as in a hearing; a named answer to another's question is an exchange.
      answered |= question != null && line.name() != null && !line.key().equals(asker);
      question = content.of(text).endsWith("?") ? content : null;
      asker = line.key();
      if (speaker != null) {
        for (TextSpan piece : withoutNotes(text, content)) {
          turns.add(Quotation.turn(piece, false, speaker));
        }
      }
    }
    // In a conversation someone speaks again, or a named speaker answers the question of another
    // ("Q: ...?" then "OKAFOR: ..."), as in a short exchange appended to an article; labels that
    // each open one line are headings.
    boolean conversation = answered || turnsBySpeaker.values().stream().anyMatch(n -> n >= 2);
    return conversation ? turns : new ArrayList<>();
  }

  /** A paragraph set wholly in bold: an interviewer's question or prompt, in a Q&A. */
  private static final Pattern BOLD =
      Pattern.compile("(\\*\\*|__)[^*_\\n](?:[^*_]*[^*_\\s])?\\1");

  /**
   * Where an interview introduces whom it talks to: "an interview with Leona Fairweather", "we
   * spoke to Leona Fairweather", or a paragraph that opens with the name ("*Leona Fairweather is
   * ...", "Leona Fairweather, 52, ...").
   */
  private static final Pattern INTERVIEWEE =
      Pattern.compile(
          "(?:interview(?:ed)? with|(?:spoke|talked|talks|speaks) (?:to|with)|conversation with)"
              + "[ \\t]+(?:\\p{Ll}+[ \\t]+){0,4}?(?<name>" + WORD + "(?:[ \\t]+" + WORD + "){1,3})"
              + "|(?m)^[*_ \\t]*(?<opening>" + WORD + "(?:[ \\t]+" + WORD + "){1,3})"
              + "(?=,| is | was | has | spent | leads | runs )");

  /**
   * The answers of an interview set out as questions in bold, each over the answer's paragraphs
   * (the layout of magazine Q&As): the interviewee named before the first question speaks every
   * paragraph that is no question. Two questions at least make the layout, and one interviewee
   * must be named before them; else there are no answers.
   */
  private List<Quotation> interviewAnswers(String text, QuotationIndex quoted) {
    List<TextSpan> paragraphs = paragraphs(text);
    int firstQuestion = -1;
    int questions = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (isBoldQuestion(paragraphs.get(i).of(text))) {
        questions++;
        if (firstQuestion < 0) {
          firstQuestion = i;
        }
      }
    }
    if (questions < 2 || firstQuestion == 0) {
      return List.of();
    }
    Optional<TextSpan> named = intervieweeBefore(text, paragraphs.get(firstQuestion).begin());
    if (named.isEmpty()) {
      return List.of();
    }
    TextSpan interviewee = named.get();
    List<Quotation> answers = new ArrayList<>();
    for (int i = firstQuestion + 1; i < paragraphs.size(); i++) {
      TextSpan p = paragraphs.get(i);
      // A prompt in bold that asks nothing ("**Critics say ...**") is the interviewer's too.
      if (!isBold(p.of(text)) && isSpeech(text, p) && !isInside(quoted, p.begin())) {
        for (TextSpan piece : withoutNotes(text, p)) {
          answers.add(Quotation.turn(piece, piece.begin() == p.begin(), interviewee));
        }
      }
    }
    return answers;
  }

  /**
   * The first interviewee that the text names before {@code end}, if any, without the titles
   * before the name ("Vice President Lena Forsberg").
   */
  private Optional<TextSpan> intervieweeBefore(String text, int end) {
    Matcher named = INTERVIEWEE.matcher(text).region(0, end);
    if (!named.find()) {
      return Optional.empty();
    }
    String group = named.group("name") != null ? "name" : "opening";
    int begin = named.start(group) + titleLength(named.group(group));
    return begin < named.end(group)
        ? Optional.of(new TextSpan(begin, named.end(group)))
        : Optional.empty();
  }

  private static boolean isBoldQuestion(String paragraph) {
    return isBold(paragraph) && paragraph.contains("?");
  }

  private static boolean isBold(String paragraph) {
    return BOLD.matcher(paragraph).matches();
  }

  /** The paragraphs of the text, trimmed, in order. */
  private static List<TextSpan> paragraphs(String text) {
    List<TextSpan> found = new ArrayList<>();
    int begin = 0;
    while (begin < text.length()) {
      int end = QuotationFinder.paragraphEnd(text, begin, text.length());
      TextSpan p = QuotationFinder.trimmed(text, begin, end);
      if (p != null) {
        found.add(p);
      }
      begin = end + 1;
    }
    return found;
  }

  /**
   * Posts pasted with the signature line that embeds them: the lines of a paragraph right above
   * "— Lena Forsberg (@lena_f) March 3, 2027" are Lena Forsberg's post.
   */
  private static List<Quotation> signedPosts(String text, QuotationIndex quoted) {
    List<Quotation> posts = new ArrayList<>();
    Matcher m = SIGNATURE.matcher(text);
    for (int start = 0; start < text.length(); start = QuotationFinder.nextLine(text, start)) {
      m.region(start, text.length());
      if (start == 0 || !m.lookingAt() || isInside(quoted, start)) {
        continue;
      }
      TextSpan content =
          QuotationFinder.trimmed(text, QuotationFinder.paragraphBegin(text, start - 1), start);
      if (isSpeech(text, content) && !isInside(quoted, content.begin())) {
        TextSpan name = new TextSpan(m.start("name"), m.end("name"));
        posts.add(Quotation.turn(content, true, name));
      }
    }
    return posts;
  }

  /**
   * A note in square brackets that stands between a turn's sentences, where a transcript or an
   * interpreter adds what the speaker did or what the words meant: "[crosstalk]", "[Laughs.]",
   * "[The interpreter notes that ...]". A bracket inside a sentence ("we think [Vantor] is
   * right") is the editor's clarification of the speaker's own words, and stays.
   */
  private static final Pattern NOTE =
      Pattern.compile(
          "(?:^|(?<=[.?!\u2014\u2013:]\\s{1,3}))\\[[^\\[\\]\n]{1,300}\\]"
              + "(?=\\s*$|\\s+[\\p{Lu}\"\u201C\u2014\u2013])");

  /**
   * The parts of a turn that are the speaker's words, without the notes between its sentences; a
   * part of fewer than three words is left out with its note.
   */
  private static List<TextSpan> withoutNotes(String text, TextSpan content) {
    Matcher note = NOTE.matcher(content.of(text));
    List<TextSpan> pieces = new ArrayList<>();
    int from = 0;
    while (true) {
      boolean found = note.find();
      int to = found ? note.start() : content.length();
      TextSpan piece =
          QuotationFinder.trimmed(text, content.begin() + from, content.begin() + to);
      if (piece != null && letterWordCount(piece.of(text)) >= MIN_WORDS) {
        pieces.add(piece);
      }
      if (!found) {
        return pieces;
      }
      from = note.end();
    }
  }

  /**
   * The line that heads a post of a forum thread or a social network's thread copied as text: the
   * author's user name or handle, perhaps after the display name the network shows ("Lena Forsberg
   * (@lena_f)", "Lena Forsberg @lena_f"), alone on its line, then a dot or a bar and when it was
   * posted ("u/quiet_owl · 5h", "@lena_f | 2 hours ago"). The display name, where there is one,
   * names the author as the text names people elsewhere.
   */
  private static final Pattern POST_HEADER =
      Pattern.compile(
          "[ \\t]*(?:(?<name>"
              + WORD
              + "(?:[ \\t]+"
              + WORD
              + "){0,4})[ \\t]+\\(?)?"
              + "(?<handle>u/[A-Za-z0-9_-]{3,30}|" + HANDLE + ")\\)?[ \\t]*[\u00B7\u2022|][ \\t]*"
              + "[^\n]{1,30}?[ \\t]*(?:\\r?\n|$)");

  /**
   * A line of a post that is not the author's words: a line quoting the post replied to, as forums
   * and mail set it ("> ..."), or the note a social network sets over a reply ("Replying to
   * @lena_f").
   */
  private static final Pattern NOT_AUTHORS_LINE =
      Pattern.compile("[ \\t]*(?:>|(?:Replying|In reply) to[ \\t]+@)");

  /**
   * The posts of a forum thread copied as text: the lines under each header line, to the end of
   * the paragraph, are the post of the user the header names. Lines marked with "&gt;" quote the
   * post replied to and are no part of the reply. Two headers at least make a thread.
   */
  private static List<Quotation> forumPosts(String text, QuotationIndex quoted) {
    List<Quotation> posts = new ArrayList<>();
    Matcher m = POST_HEADER.matcher(text);
    int headers = 0;
    for (int start = 0; start < text.length(); start = QuotationFinder.nextLine(text, start)) {
      m.region(start, text.length());
      if (!m.lookingAt() || isInside(quoted, start)) {
        continue;
      }
      headers++;
      String author = m.group("name") != null ? "name" : "handle";
      TextSpan handle = new TextSpan(m.start(author), m.end(author));
      int end = QuotationFinder.paragraphEnd(text, m.end(), text.length());
      int pieceBegin = -1;
      for (int line = m.end(); line < end; line = QuotationFinder.nextLine(text, line)) {
        boolean quotes = NOT_AUTHORS_LINE.matcher(text).region(line, end).lookingAt();
        if (!quotes && pieceBegin < 0) {
          pieceBegin = line;
        } else if (quotes && pieceBegin >= 0) {
          addPost(posts, text, quoted, pieceBegin, line, handle);
          pieceBegin = -1;
        }
      }
      if (pieceBegin >= 0) {
        addPost(posts, text, quoted, pieceBegin, end, handle);
      }
    }
    return headers >= 2 ? posts : List.of();
  }

  private static void addPost(
      List<Quotation> posts, String text, QuotationIndex quoted, int begin, int end,
      TextSpan handle) {
    TextSpan content = QuotationFinder.trimmed(text, begin, Math.min(end, text.length()));
    if (isSpeech(text, content) && !isInside(quoted, content.begin())) {
      posts.add(Quotation.turn(content, false, handle));
    }
  }

  /** Whether a span holds a speaker's words: three words or more, not themselves quoted. */
  private static boolean isSpeech(String text, TextSpan content) {
    return content != null
        && !QuotationFinder.isOpeningMark(text.charAt(content.begin()))
        && letterWordCount(content.of(text)) >= MIN_WORDS;
  }

  /** Whether a quotation overlaps one of the index's, which lie within paragraphs as it does. */
  private static boolean overlaps(QuotationIndex index, Quotation q) {
    return isInside(index, q.open()) || isInside(index, q.end() - 1);
  }

  /** The lines of the text that open with a label, none of them inside a quotation. */
  private List<Labelled> labelledLines(String text, QuotationIndex quoted) {
    List<Labelled> found = new ArrayList<>();
    Matcher m = LABEL.matcher(text);
    for (int start = 0; start < text.length(); start = QuotationFinder.nextLine(text, start)) {
      m.region(start, text.length());
      if (!m.lookingAt() || isInside(quoted, start)) {
        continue;
      }
      Labelled line = labelled(text, m, start);
      if (line != null) {
        found.add(line);
      }
    }
    return found;
  }

  /**
   * The label a match gives, or null where it is no speaker's: a note, a plain word, an office with
   * no holder named, or a sentence that ends after a word or two. Only labels that end in capitals
   * ("Mr. OKAFOR.", "Q.") may end with a full stop.
   */
  private Labelled labelled(String text, Matcher m, int lineStart) {
    if (m.group("colon").equals(".") && !endsInCapitals(m.group("words"))) {
      return null;
    }
    if (m.group("handle") != null) {
      TextSpan handle = new TextSpan(m.start("handle"), m.end("handle"));
      String key = m.group("handle").toLowerCase(Locale.ROOT);
      return new Labelled(lineStart, handle, key, m.end(), false);
    }
    String words = m.group("words");
    String key = words.toLowerCase(Locale.ROOT);
    if (labels.value(key, "").equals("NOTE")) {
      return null;
    }
    int nameBegin = m.start("words") + titleLength(words);
    TextSpan name = nameBegin < m.end("words") ? new TextSpan(nameBegin, m.end("words")) : null;
    if (name != null && labels.value(name.of(text), "").equals("NOTE")) {
      return null;
    }
    String aside = m.group("aside");
    if (aside != null && (name == null || describesRole(name.of(text)))) {
      // "The Minister for Digital Affairs (Fiona Marsh)": the office first, the holder after it;
      // a record may add the holder's seat after a comma ("THE CHAIR (Ms Ingrid HALVORSEN,
      // Member for Northmoor)").
      int comma = aside.indexOf(',');
      String holder = comma < 0 ? aside : aside.substring(0, comma);
      int holderBegin = m.start("aside") + titleLength(holder);
      int holderEnd = m.start("aside") + holder.stripTrailing().length();
      if (holderBegin < holderEnd && isName(text.substring(holderBegin, holderEnd))) {
        name = new TextSpan(holderBegin, holderEnd);
      }
    }
    if (name != null && describesRole(name.of(text))) {
      return null;
    }
    boolean part = name == null;
    boolean capitals = words.length() >= 2 && words.equals(words.toUpperCase(Locale.ROOT));
    boolean severalWords = words.strip().contains(" ") || words.contains(".");
    if (!part && !capitals && !severalWords && aside == null
        && !isSurnameNamedBefore(text, name.of(text), lineStart)) {
      // A single capitalised word ("Pros:", "Consider:") opens lists and asides far more often
      // than it names a speaker, unless the text has given it as a person's surname before
      // ("an interview with Haruto Sakamoto" over "Sakamoto: ...").
      return null;
    }
    // "JOEL BENENSON" and a later "BENENSON" are one speaker.
    String[] nameWords = name == null ? new String[0] : name.of(text).split("\\s+");
    String speaker =
        name == null ? key : nameWords[nameWords.length - 1].toLowerCase(Locale.ROOT);
    boolean answers = name == null && labels.value(key, "").equals("ANSWER");
    return new Labelled(lineStart, name, speaker, m.end(), answers);
  }

  /** Whether the words label a part in a conversation, whoever plays it ("Q", "MODERATOR", "A"). */
  private boolean isPart(String words) {
    String value = labels.value(words, "");
    return value.equals("PART") || value.equals("ANSWER");
  }

  /**
   * Whether the label's words after the titles describe an office rather than name its holder: they
   * join words with "of" or "for", or hold a role noun ("Secretary of State", "Minister for Digital
   * Affairs").
   */
  private boolean describesRole(String words) {
    for (String w : words.split("\\s+")) {
      if (w.matches("of|for|the|and|on") || roleNouns.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a label ends in a word set in capitals, as congressional transcripts set their
   * speakers before a full stop: "Mr. OKAFOR.", "The CHAIRMAN.", and "Q." and "A." too.
   */
  private static boolean endsInCapitals(String words) {
    if (words == null) {
      return false;
    }
    String[] w = words.strip().split("\\s+");
    String last = w[w.length - 1];
    return last.matches("[QA]")
        || last.length() >= 2 && last.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
  }

  /**
   * How many characters of the label's words are titles or parts before the name: "SENATOR" in
   * "SENATOR REYES", "Dr." in "Dr. Lena Forsberg", all of "THE PRESIDENT".
   */
  private int titleLength(String words) {
    if (isPart(words)) {
      return words.length();
    }
    Matcher word = NON_SPACE.matcher(words);
    while (word.find()) {
      String w = word.group();
      boolean title =
          w.equalsIgnoreCase("the")
              || roleNouns.contains(w)
              || isPart(w)
              || labels.value(w, "").equals("TITLE")
              || w.endsWith(".") && w.length() <= 5;
      if (!title) {
        return word.start();
      }
    }
    return words.length();
  }

  /**
   * Whether the text before a line names someone whose last name is the word: a capitalised word
   * other than an article right before it ("Haruto Sakamoto", not "The Sakamoto").
   */
  private static boolean isSurnameNamedBefore(String text, String word, int lineStart) {
    Pattern fullName =
        Pattern.compile(
            "(?<!\\p{L})(?!(?:The|A|An|This|That)\\b)\\p{Lu}[\\p{L}\\p{M}'\u2019.\\-]*[ \\t]+"
                + Pattern.quote(word)
                + "(?![\\p{L}\\p{N}])");
    return fullName.matcher(text).region(0, lineStart).find();
  }

  /** Whether an aside in parentheses is a name, not a party and state ("D-Ore.") or a note. */
  private static boolean isName(String aside) {
    String s = aside.strip();
    return !PARTY.matcher(s).matches()
        && s.chars().noneMatch(Character::isDigit)
        && NAME.matcher(s).matches();
  }

  private static boolean isInside(QuotationIndex index, int offset) {
    return index.containing(offset).isPresent();
  }

  /** The pieces of the string between white space that hold a letter: a number or dash is none. */
  private static int letterWordCount(String s) {
    int n = 0;
    for (String w : s.split("\\s+")) {
      if (w.chars().anyMatch(Character::isLetter)) {
        n++;
      }
    }
    return n;
  }
}
