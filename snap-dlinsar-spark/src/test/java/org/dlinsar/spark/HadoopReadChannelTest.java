package org.dlinsar.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

/** A Hadoop file as the engine's read channel: the bytes of the file, by position, from many threads. */
@EnabledForJreRange(max = JRE.JAVA_23, disabledReason = SupportedJavaTest.HADOOP)
class HadoopReadChannelTest {

  @TempDir
  Path dir;
  private byte[] bytes;
  private HadoopReadChannel channel;

  @BeforeEach
  void openAFileOnAnotherFileSystem() throws IOException {
    bytes = new byte[3_000_001];
    new Random(5).nextBytes(bytes);
    Files.write(dir.resolve("band.img"), bytes);
    Configuration conf = new Configuration(false);
    conf.set(RootedFileSystem.ROOT, dir.toString());
    conf.set("fs.rooted.impl", RootedFileSystem.class.getName());
    conf.setBoolean("fs.rooted.impl.disable.cache", true);
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path("rooted:///band.img");
    FileSystem fs = file.getFileSystem(conf);
    channel = new HadoopReadChannel(fs.open(file), fs.getFileStatus(file).getLen());
  }

  private byte[] slice(int from, int count) {
    return Arrays.copyOfRange(bytes, from, from + count);
  }

  @Test
  void readsByPositionIntoHeapAndDirectBuffers() throws IOException {
    assertEquals(bytes.length, channel.size());
    ByteBuffer heap = ByteBuffer.allocate(1000);
    assertEquals(1000, channel.read(heap, 12_345));
    assertArrayEquals(slice(12_345, 1000), heap.array());

    // larger than one copy through the heap: a read may return fewer bytes, the rest follows
    ByteBuffer direct = ByteBuffer.allocateDirect(2_500_000);
    while (direct.hasRemaining()) {
      channel.read(direct, 400_000 + direct.position());
    }
    byte[] read = new byte[direct.capacity()];
    direct.flip().get(read);
    assertArrayEquals(slice(400_000, read.length), read);
  }

  @Test
  void endsWhereTheFileEnds() throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(10);
    assertEquals(1, channel.read(buffer, bytes.length - 1));
    assertEquals(-1, channel.read(ByteBuffer.allocate(10), bytes.length));
  }

  @Test
  void readsOnFromItsPositionAndTransfersARange() throws IOException {
    channel.position(7);
    ByteBuffer first = ByteBuffer.allocate(5);
    ByteBuffer second = ByteBuffer.allocate(5);
    channel.read(first);
    channel.read(second);
    assertArrayEquals(slice(7, 5), first.array());
    assertArrayEquals(slice(12, 5), second.array());
    assertEquals(17, channel.position());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(2_000_000, channel.transferTo(333, 2_000_000, Channels.newChannel(out)));
    assertArrayEquals(slice(333, 2_000_000), out.toByteArray());
  }

  @Test
  void manyThreadsReadTheirOwnPositions() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> reads = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int at = i * 45_000;
        reads.add(pool.submit(() -> {
          ByteBuffer buffer = ByteBuffer.allocateDirect(40_000);
          while (buffer.hasRemaining()) {
            channel.read(buffer, at + buffer.position());
          }
          byte[] read = new byte[buffer.capacity()];
          buffer.flip().get(read);
          return Arrays.equals(slice(at, read.length), read);
        }));
      }
      for (Future<Boolean> read : reads) {
        assertEquals(true, read.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void refusesToWrite() {
    assertThrows(NonWritableChannelException.class, () -> channel.write(ByteBuffer.allocate(1), 0));
    assertThrows(NonWritableChannelException.class, () -> channel.truncate(0));
  }
}
