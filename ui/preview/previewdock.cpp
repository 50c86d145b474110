#include "ui/preview/previewdock.h"

#include "app/render/streamlinks.h"
#include "models/repository.h"
#include "models/sitesettings.h"
#include "models/staterules.h"

#include <QAudioOutput>
#include <QBoxLayout>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMouseEvent>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>
#include <QtConcurrent>

namespace {

bool isNetwork(const QUrl &url)
{
    return !url.isLocalFile() && !url.scheme().isEmpty();
}

// Double-click on the picture toggles full screen, as in every player.
class DoubleClickFilter : public QObject
{
public:
    DoubleClickFilter(std::function<void()> action, QObject *parent)
        : QObject(parent)
        , m_action(std::move(action))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonDblClick) {
            m_action();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_action;
};

} // namespace

PreviewDock::PreviewDock(WebcastRepository &repository, SiteSettingsStore &settings,
                         QWidget *parent)
    : QDockWidget(tr("Preview"), parent)
    , m_repository(repository)
    , m_settings(settings)
    , m_screen(new QStackedWidget)
    , m_message(new QLabel)
    , m_sourceLabel(new QLabel)
    , m_status(new QLabel)
    , m_liveButton(new QToolButton)
    , m_archiveButton(new QToolButton)
    , m_fileButton(new QToolButton)
    , m_playButton(new QToolButton)
    , m_stopButton(new QToolButton)
    , m_position(new QSlider(Qt::Horizontal))
    , m_time(new QLabel)
    , m_muteButton(new QToolButton)
    , m_volume(new QSlider(Qt::Horizontal))
    , m_fullScreenButton(new QToolButton)
{
    setObjectName(QStringLiteral("previewDock"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);

    // Sources.
    auto *sources = new QHBoxLayout;
    m_liveButton->setObjectName(QStringLiteral("previewLiveButton"));
    m_liveButton->setText(tr("&Live stream"));
    m_liveButton->setToolTip(tr("Play the selected workshop's live stream"));
    m_archiveButton->setObjectName(QStringLiteral("previewArchiveButton"));
    m_archiveButton->setText(tr("&Archive"));
    m_archiveButton->setToolTip(tr("Play the selected talk's archive from the streaming server"));
    m_fileButton->setObjectName(QStringLiteral("previewFileButton"));
    m_fileButton->setText(tr("&File…"));
    m_fileButton->setToolTip(tr("Play a video file on this computer"));
    for (QToolButton *b : {m_liveButton, m_archiveButton, m_fileButton}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAccessibleDescription(b->toolTip());
        sources->addWidget(b);
    }
    sources->addStretch(1);
    layout->addLayout(sources);

    m_sourceLabel->setObjectName(QStringLiteral("previewSource"));
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_sourceLabel->setWordWrap(true);
    QFont bold = m_sourceLabel->font();
    bold.setBold(true);
    m_sourceLabel->setFont(bold);
    layout->addWidget(m_sourceLabel);

    // The picture, or words saying why there is none.
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(12);
    m_message->setAutoFillBackground(true);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMinimumSize(240, 135);
    m_screen->addWidget(m_message);
    layout->addWidget(m_screen, 1);

    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // Transport.
    auto *transport = new QHBoxLayout;
    m_playButton->setObjectName(QStringLiteral("previewPlayButton"));
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setToolTip(tr("Play or pause (Space)"));
    m_playButton->setAccessibleName(tr("Play or pause"));
    m_stopButton->setObjectName(QStringLiteral("previewStopButton"));
    m_stopButton->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_stopButton->setToolTip(tr("Stop"));
    m_stopButton->setAccessibleName(tr("Stop"));
    m_position->setObjectName(QStringLiteral("previewPosition"));
    m_position->setAccessibleName(tr("Position"));
    m_position->setToolTip(tr("Position in the recording"));
    m_time->setObjectName(QStringLiteral("previewTime"));
    m_time->setMinimumWidth(
        m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));
    m_muteButton->setObjectName(QStringLiteral("previewMuteButton"));
    m_muteButton->setCheckable(true);
    m_muteButton->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    m_muteButton->setToolTip(tr("Mute"));
    m_muteButton->setAccessibleName(tr("Mute"));
    m_volume->setObjectName(QStringLiteral("previewVolume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(90);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume"));
    m_fullScreenButton->setObjectName(QStringLiteral("previewFullScreenButton"));
    m_fullScreenButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    m_fullScreenButton->setToolTip(tr("Full screen (double-click the picture; Esc leaves it)"));
    m_fullScreenButton->setAccessibleName(tr("Full screen"));
    transport->addWidget(m_playButton);
    transport->addWidget(m_stopButton);
    transport->addWidget(m_position, 1);
    transport->addWidget(m_time);
    transport->addWidget(m_muteButton);
    transport->addWidget(m_volume);
    transport->addWidget(m_fullScreenButton);
    layout->addLayout(transport);
    setWidget(body);

    connect(m_liveButton, &QToolButton::clicked, this, &PreviewDock::playLive);
    connect(m_archiveButton, &QToolButton::clicked, this, &PreviewDock::playArchive);
    connect(m_fileButton, &QToolButton::clicked, this, &PreviewDock::chooseFile);
    connect(m_playButton, &QToolButton::clicked, this, [this] {
        if (m_player && m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        else if (!m_current.isEmpty())
            playUrl(m_current, m_title);
    });
    connect(m_stopButton, &QToolButton::clicked, this, &PreviewDock::stop);
    connect(m_muteButton, &QToolButton::toggled, this, [this](bool muted) {
        if (m_audio)
            m_audio->setMuted(muted);
        m_muteButton->setIcon(
            style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) {
        if (m_audio)
            m_audio->setVolume(float(v) / 100.0f);
    });
    connect(m_fullScreenButton, &QToolButton::clicked, this, &PreviewDock::toggleFullScreen);
    connect(m_position, &QSlider::sliderMoved, this, [this](int seconds) {
        if (m_player)
            m_player->setPosition(qint64(seconds) * 1000);
    });
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &PreviewDock::onStalled);
    connect(&m_explain, &QFutureWatcher<StreamCheck>::finished, this, [this] {
        const StreamCheck r = m_explain.result();
        if (r.up && m_frames == 0)
            showMessage(m_explainPrefix + QLatin1Char(' ') +
                        tr("The server does answer (%1); the picture may still be on its way.")
                            .arg(r.details));
        else if (r.up)
            setStatus(m_explainPrefix + QLatin1Char(' ') + tr("The server does answer."));
        else
            showMessage(m_explainPrefix + QLatin1Char(' ') + tr("Reason: %1.").arg(r.reason));
    });

    showMessage(tr("Choose Live stream, Archive or File… to preview it here."));
    updateButtons();
}

// The player, and with it GStreamer, is only loaded when something is first
// previewed: starting the window does not pay for it.
void PreviewDock::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_video = new QVideoWidget;
    m_video->setObjectName(QStringLiteral("previewVideo"));
    m_video->setMinimumSize(240, 135);
    m_video->setAccessibleName(tr("Video preview"));
    m_video->installEventFilter(new DoubleClickFilter([this] { toggleFullScreen(); }, this));
    m_screen->addWidget(m_video);
    m_audio->setMuted(m_muteButton->isChecked());
    m_audio->setVolume(float(m_volume->value()) / 100.0f);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_position->setRange(0, int(ms / 1000));
        updateButtons();
    });
    connect(m_player, &QMediaPlayer::seekableChanged, this, &PreviewDock::updateButtons);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (!m_position->isSliderDown())
            m_position->setValue(int(ms / 1000));
        const qint64 duration = m_player->duration();
        m_time->setText(duration > 0 ? tr("%1 / %2").arg(describeTime(ms), describeTime(duration))
                                     : describeTime(ms));
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this] {
        const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
        m_playButton->setIcon(
            style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        if (!playing)
            m_watchdog.stop();
        updateButtons();
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PreviewDock::onMediaStatus);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PreviewDock::onError);
    connect(m_player, &QMediaPlayer::bufferProgressChanged, this, [this](float progress) {
        if (m_player->mediaStatus() == QMediaPlayer::BufferingMedia ||
            m_player->mediaStatus() == QMediaPlayer::StalledMedia)
            setStatus(tr("Buffering… %1 %").arg(qRound(progress * 100)));
    });
    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, this, &PreviewDock::onFrame);
}

PreviewDock::~PreviewDock()
{
    // The player sends a last (empty) frame while it is torn down; by the
    // time QWidget deletes the children our members are gone, so go first.
    if (!m_player)
        return;
    disconnect(m_video->videoSink(), nullptr, this, nullptr);
    disconnect(m_player, nullptr, this, nullptr);
    delete m_player;
    m_player = nullptr;
}

QVideoSink *PreviewDock::videoSink() const
{
    return m_video ? m_video->videoSink() : nullptr;
}

void PreviewDock::setStallTimeouts(int firstFrameMs, int stallMs)
{
    m_firstFrameTimeout = firstFrameMs;
    m_stallTimeout = stallMs;
}

QString PreviewDock::describeTime(qint64 milliseconds)
{
    const qint64 s = milliseconds / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
        .arg(s / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

void PreviewDock::setSubject(qint64 workshopId, qint64 presentationId)
{
    m_workshopId = workshopId;
    m_presentationId = presentationId;
    updateButtons();
}

QUrl PreviewDock::archiveUrl(QString *why) const
{
    const std::optional<Presentation> p =
        m_presentationId ? m_repository.presentation(m_presentationId) : std::nullopt;
    if (!p) {
        *why = tr("Select a talk in the schedule to preview its archive.");
        return {};
    }
    if (!staterules::hasArchivedWebcast(*p)) {
        *why = tr("“%1” has no archive yet (no webcast path and file).").arg(p->title);
        return {};
    }
    const QString url = streamlinks::archiveAddress(m_settings.load(), *p).forPlayers();
    if (url.isEmpty()) {
        *why = tr("Set the streaming server's rtsp or HTTP/HLS base in Site Settings to preview "
                  "archives.");
        return {};
    }
    return QUrl(url);
}

void PreviewDock::updateButtons()
{
    const std::optional<Workshop> w =
        m_workshopId ? m_repository.workshop(m_workshopId) : std::nullopt;
    const bool hasLive = w && !w->liveStreamUrl.isEmpty();
    m_liveButton->setEnabled(hasLive);
    m_liveButton->setToolTip(hasLive ? tr("Play %1").arg(w->liveStreamUrl)
                             : w     ? tr("This workshop has no live stream address yet.")
                                     : tr("Select a workshop to preview its live stream."));
    QString why;
    const QUrl archive = archiveUrl(&why);
    m_archiveButton->setEnabled(!archive.isEmpty());
    m_archiveButton->setToolTip(archive.isEmpty() ? why
                                                  : tr("Play %1").arg(archive.toDisplayString()));
    m_playButton->setEnabled(!m_current.isEmpty());
    m_stopButton->setEnabled(m_player && m_player->playbackState() != QMediaPlayer::StoppedState);
    const bool seekable = m_player && m_player->isSeekable() && m_player->duration() > 0;
    m_position->setEnabled(seekable);
    m_position->setVisible(seekable || m_current.isLocalFile());
}

void PreviewDock::playLive()
{
    const std::optional<Workshop> w =
        m_workshopId ? m_repository.workshop(m_workshopId) : std::nullopt;
    if (!w || w->liveStreamUrl.isEmpty()) {
        showMessage(w ? tr("“%1” has no live stream address. Enter it in the workshop's "
                           "Live stream URL field.")
                            .arg(w->title)
                      : tr("Select a workshop to preview its live stream."));
        return;
    }
    playUrl(QUrl(w->liveStreamUrl), tr("Live stream of “%1”").arg(w->title));
}

void PreviewDock::playArchive()
{
    QString why;
    const QUrl url = archiveUrl(&why);
    if (url.isEmpty()) {
        showMessage(why);
        return;
    }
    const std::optional<Presentation> p = m_repository.presentation(m_presentationId);
    playUrl(url, tr("Archive of “%1”").arg(p ? p->title : QString()));
}

void PreviewDock::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Preview a Video"), QString(),
        tr("Videos (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.ts);;All files (*)"));
    if (!file.isEmpty())
        playFile(file);
}

void PreviewDock::playFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_current.clear();
        showMessage(info.exists() ? tr("%1 is a folder, not a video file.").arg(path)
                                  : tr("The file %1 does not exist.").arg(path));
        return;
    }
    playUrl(QUrl::fromLocalFile(info.absoluteFilePath()), tr("File %1").arg(info.fileName()));
}

void PreviewDock::playUrl(const QUrl &url, const QString &title)
{
    show();
    raise();
    ensurePlayer();
    const bool resume = url == m_current && m_player->playbackState() == QMediaPlayer::PausedState;
    m_current = url;
    m_title = title;
    m_sourceLabel->setText(title);
    m_sourceLabel->setToolTip(url.toDisplayString());
    m_errorShown = false;
    if (!resume) {
        m_frames = 0;
        m_firstFrameMs = -1;
        m_sinceStart.start(); // setSource may already open and preroll the media
        m_player->stop();
        // The same address again must start anew (a stopped live pipeline
        // does not restart from play() alone).
        m_player->setSource(QUrl());
        m_player->setSource(url);
        showMessage(isNetwork(url) ? tr("Connecting to %1…").arg(url.toDisplayString())
                                   : tr("Opening %1…").arg(url.toLocalFile()));
    }
    setStatus(resume ? tr("Playing") : tr("Connecting…"));
    m_player->play();
    m_watchdog.start(m_frames == 0 ? m_firstFrameTimeout : m_stallTimeout);
    updateButtons();
}

void PreviewDock::stop()
{
    m_watchdog.stop();
    if (m_player)
        m_player->stop();
    if (!m_current.isEmpty())
        showMessage(tr("Stopped. Press Play to watch again."));
    setStatus(QString());
    updateButtons();
}

void PreviewDock::showMessage(const QString &text)
{
    m_message->setText(text);
    m_screen->setCurrentWidget(m_message);
}

void PreviewDock::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString PreviewDock::statusText() const
{
    return m_status->text();
}

QString PreviewDock::messageText() const
{
    return m_screen->currentWidget() == m_message ? m_message->text() : QString();
}

bool PreviewDock::isShowingVideo() const
{
    return m_video && m_screen->currentWidget() == m_video;
}

void PreviewDock::onFrame(const QVideoFrame &frame)
{
    // Stopping or switching sources passes an empty frame: not a picture.
    if (!frame.isValid())
        return;
    if (m_player->playbackState() != QMediaPlayer::PlayingState &&
        m_player->playbackState() != QMediaPlayer::PausedState)
        return;
    ++m_frames;
    if (m_frames == 1) {
        m_firstFrameMs = m_sinceStart.elapsed();
        m_screen->setCurrentWidget(m_video);
        setStatus(tr("Playing (first picture after %1 ms)").arg(m_firstFrameMs));
        emit firstFrame(m_firstFrameMs);
    }
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_watchdog.start(m_stallTimeout);
}

void PreviewDock::onStalled()
{
    if (m_player->playbackState() != QMediaPlayer::PlayingState ||
        m_player->mediaStatus() == QMediaPlayer::EndOfMedia)
        return;
    const QString prefix = m_frames == 0
                               ? tr("No picture after %1 s.").arg(m_firstFrameTimeout / 1000)
                               : tr("The picture stopped %1 s ago.").arg(m_stallTimeout / 1000);
    if (m_frames == 0)
        showMessage(prefix + QLatin1Char(' ') + tr("Checking the stream…"));
    else
        setStatus(prefix + QLatin1Char(' ') + tr("Checking the stream…"));
    explainFailure(prefix);
    m_watchdog.start(m_stallTimeout);
}

void PreviewDock::explainFailure(const QString &prefix)
{
    if (!isNetwork(m_current) || m_explain.isRunning())
        return;
    m_explainPrefix = prefix;
    const QUrl url = m_current;
    m_explain.setFuture(QtConcurrent::run(streamcheck::backgroundPool(), [url] {
        return streamcheck::check(url, streamcheck::Depth::Open, 5000);
    }));
}

void PreviewDock::onMediaStatus(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadingMedia:
        setStatus(tr("Connecting…"));
        break;
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::StalledMedia:
        setStatus(tr("Buffering…"));
        break;
    case QMediaPlayer::BufferedMedia:
    case QMediaPlayer::LoadedMedia:
        if (m_frames > 0)
            setStatus(tr("Playing"));
        break;
    case QMediaPlayer::EndOfMedia:
        m_watchdog.stop();
        setStatus(tr("End of the recording"));
        break;
    case QMediaPlayer::InvalidMedia:
        if (!m_errorShown)
            onError(QMediaPlayer::FormatError, QString());
        break;
    case QMediaPlayer::NoMedia:
        break;
    }
}

void PreviewDock::onError(QMediaPlayer::Error error, const QString &text)
{
    // The backend may report several errors in a row; the first says most.
    if (m_errorShown || error == QMediaPlayer::NoError)
        return;
    m_errorShown = true;
    m_watchdog.stop();
    QString what;
    switch (error) {
    case QMediaPlayer::FormatError:
        what = tr("This cannot be played: its format is not supported here (a decoder may be "
                  "missing).");
        break;
    case QMediaPlayer::NetworkError:
        what = tr("The stream could not be reached.");
        break;
    case QMediaPlayer::AccessDeniedError:
        what = tr("The server does not let us watch this stream.");
        break;
    default:
        what = m_current.isLocalFile() ? tr("This file cannot be played.")
                                       : tr("The stream could not be played.");
        break;
    }
    showMessage(what + (text.isEmpty() ? QString() : QLatin1Char(' ') + tr("(%1)").arg(text)));
    setStatus(tr("Stopped by an error"));
    if (isNetwork(m_current)) {
        showMessage(what + QLatin1Char(' ') + tr("Checking why…"));
        explainFailure(what);
    }
}

void PreviewDock::toggleFullScreen()
{
    if (m_video)
        m_video->setFullScreen(!m_video->isFullScreen());
}
