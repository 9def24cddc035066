package io.github.debatestance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  @Test
  void readsAUtf8File() throws IOException {
    Path file = dir.resolve("good.txt");
    Files.writeString(file, "“Open weights,” she said. Café.", StandardCharsets.UTF_8);

    assertThat(InputFiles.read(file)).isEqualTo("“Open weights,” she said. Café.");
  }

  @Test
  void dropsALeadingByteOrderMark() throws IOException {
    Path file = dir.resolve("bom.txt");
    Files.writeString(file, "\uFEFFText", StandardCharsets.UTF_8);

    assertThat(InputFiles.read(file)).isEqualTo("Text");
  }

  @Test
  void rejectsAMissingFile() {
    Path missing = dir.resolve("missing.txt");

    assertThatThrownBy(() -> InputFiles.expand(missing))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.reason()).isEqualTo("no such file"));
    assertThatThrownBy(() -> InputFiles.read(missing))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.reason()).isEqualTo("no such file"));
  }

  @Test
  void rejectsADirectoryWithoutTextFiles() throws IOException {
    Files.writeString(dir.resolve("notes.md"), "not a .txt file");

    assertThatThrownBy(() -> InputFiles.expand(dir))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("no .txt files in directory");
              assertThat(e.path()).isEqualTo(dir);
            });
  }

  @Test
  void rejectsAnEmptyDirectory() {
    assertThatThrownBy(() -> InputFiles.expand(dir))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.reason()).isEqualTo("no .txt files in directory"));
  }

  @Test
  void expandsADirectoryIntoItsTextFilesSortedAndNotRecursively() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "B");
    Files.writeString(dir.resolve("a.txt"), "A");
    Files.writeString(dir.resolve("c.json"), "{}");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/d.txt"), "D");

    assertThat(InputFiles.expand(dir)).containsExactly(dir.resolve("a.txt"), dir.resolve("b.txt"));
  }

  @Test
  void keepsAFileArgumentAsItIs() throws IOException {
    Path file = Files.writeString(dir.resolve("article.md"), "text");

    assertThat(InputFiles.expand(file)).containsExactly(file);
  }

  @Test
  void rejectsABinaryFileWithNulBytes() throws IOException {
    // Valid UTF-8 on its own, but NUL never occurs in text: this is what UTF-16 looks like.
    Path file = Files.write(dir.resolve("utf16.txt"), "Text".getBytes(StandardCharsets.UTF_16LE));

    assertThatThrownBy(() -> InputFiles.read(file))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.reason()).isEqualTo("not UTF-8 text"));
  }

  @Test
  void rejectsABinaryFile() throws IOException {
    Path file =
        Files.write(
            dir.resolve("image.txt"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});

    assertThatThrownBy(() -> InputFiles.read(file))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.reason()).isEqualTo("not UTF-8 text"));
  }

  @Test
  void rejectsALatin1File() throws IOException {
    Path file = Files.write(dir.resolve("latin1.txt"), "Café".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> InputFiles.read(file))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.reason()).isEqualTo("not UTF-8 text"));
  }

  @Test
  void documentIdIsTheFileNameWithoutTxt() {
    assertThat(InputFiles.documentId(Path.of("corpus", "northwind.txt"))).isEqualTo("northwind");
    assertThat(InputFiles.documentId(Path.of("notes.md"))).isEqualTo("notes.md");
    assertThat(InputFiles.documentId(Path.of("archive.txt.gz"))).isEqualTo("archive.txt.gz");
  }
}
