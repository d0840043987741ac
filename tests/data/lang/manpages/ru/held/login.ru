НАЗВАНИЕ
login - начинает сеанс в системе
СИНТАКСИС
login [-p] [-h host] [имя_пользователя] [ПЕРЕМЕННАЯ_ОКРУЖЕНИЯ=ЗНАЧЕНИЕ...]
login [-p] [-h host] -f имя_пользователя
login [-p] -r host
ОПИСАНИЕ
The login program is used to establish a new session with the system. It is normally invoked automatically by responding to the login: prompt on the user's terminal. login may be special to the shell and may not be invoked as a sub-process. When called from a shell, login should be executed as exec login which will cause the user to exit from the current shell (and thus will prevent the new logged in user to return to the session of the caller). Attempting to execute login from any shell but the login shell will produce an error message.
The user is then prompted for a password, where appropriate. Echoing is disabled to prevent revealing the password. Only a small number of password failures are permitted before login exits and the communications link is severed.
If password aging has been enabled for your account, you may be prompted for a new password before proceeding. You will be forced to provide your old password and the new password before continuing. Please refer to passwd(1) for more information.
Your user and group ID will be set according to their values in the /etc/passwd file. The value for $HOME, $SHELL, $PATH, $LOGNAME, and $MAIL are set according to the appropriate fields in the password entry. Ulimit, umask and nice values may also be set according to entries in the GECOS field.
On some installations, the environmental variable $TERM will be initialized to the terminal type on your tty line, as specified in /etc/ttytype.
Также может быть выполнен сценарий инициализации пользовательского интерпретатора команд. Подробней об этой функции смотрите соответствующую справочную страницу.
Субсистемный вход в систему можно распознать по наличию символа «*» в начале регистрационной оболочки. Заданный домашний каталог будет использован как корень новой файловой системы, в которой регистрируется пользователь.
The login program is NOT responsible for removing users from the utmp file. It is the responsibility of getty(8) and init(8) to clean up apparent ownership of a terminal session. If you use login from the shell prompt without exec, the user you use will continue to appear to be logged in even after you log out of the "subsession".
ПАРАМЕТРЫ
-f
Не выполнять аутентификацию, пользователь уже прошёл проверку.
Note: In that case, username is mandatory.
-h
Имя удалённого узла, на который нужно войти.
-p
Сохранить окружение.
-r
Выполнить протокол autologin для rlogin.
The -r, -h and -f options are only used when login is invoked by root.
ПРЕДОСТЕРЕЖЕНИЯ
This version of login has many compilation options, only some of which may be in use at any particular site.
Расположение файлов может отличаться на разных системах.
The login program is NOT responsible for removing users from the utmp file. It is the responsibility of getty(8) and init(8) to clean up apparent ownership of a terminal session. If you use login from the shell prompt without exec, the user you use will continue to appear to be logged in even after you log out of the "subsession".
As with any program, login's appearance can be faked. If non-trusted users have physical access to a machine, an attacker could use this to obtain the password of the next person coming to sit in front of the machine. Under Linux, the SAK mechanism can be used by users to initiate a trusted path and prevent this kind of attack.
ФАЙЛЫ
/var/run/utmp
содержит список работающих сеансов в системе
/var/log/wtmp
содержит список завершённых сеансов работы с системой
/etc/passwd
содержит информацию о пользователях
/etc/shadow
содержит защищаемую информацию о пользователях
/etc/motd
содержит системные сообщения за день
/etc/nologin
при существовании файла блокируется доступ в систему обычным пользователям
/etc/ttytype
содержит список типов терминалов
$HOME/.hushlogin
при существовании файла системные сообщения при входе в систему не выводятся
/etc/login.defs
содержит конфигурацию подсистемы теневых паролей
СМОТРИТЕ ТАКЖЕ
mail(1), passwd(1), sh(1), su(1), login.defs(5), nologin(5), passwd(5), securetty(5), getty(8).
